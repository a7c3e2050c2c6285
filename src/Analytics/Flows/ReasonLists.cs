namespace Vacances.Analytics.Flows;

/// <summary>
/// One shared list per distinct sequence of reason codes: the engine builds a list per row, and a million-dossier
/// operation has millions of rows but a few dozen distinct sequences.
/// </summary>
internal sealed class ReasonLists : IEqualityComparer<IReadOnlyList<string>>
{
    private readonly Dictionary<IReadOnlyList<string>, IReadOnlyList<string>> _known;

    public ReasonLists() => _known = new Dictionary<IReadOnlyList<string>, IReadOnlyList<string>>(this);

    /// <summary>The shared list equal to <paramref name="reasons"/> (element by element, ordinal).</summary>
    public IReadOnlyList<string> Share(IReadOnlyList<string> reasons)
    {
        if (reasons.Count == 0) return [];
        if (_known.TryGetValue(reasons, out var shared)) return shared;
        _known[reasons] = reasons;
        return reasons;
    }

    public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y)
    {
        if (ReferenceEquals(x, y)) return true;
        if (x is null || y is null || x.Count != y.Count) return false;
        for (var i = 0; i < x.Count; i++)
            if (!string.Equals(x[i], y[i], StringComparison.Ordinal)) return false;
        return true;
    }

    public int GetHashCode(IReadOnlyList<string> list)
    {
        var hash = new HashCode();
        foreach (var code in list) hash.Add(code, StringComparer.Ordinal);
        return hash.ToHashCode();
    }
}
