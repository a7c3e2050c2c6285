namespace Vacances.Ingest.Sampling;

/// <summary>A discrete distribution over values, drawn by cumulative weights (declaration order is kept).</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _values;
    private readonly double[] _cumulative;

    public Weighted(IEnumerable<(T Value, double Weight)> entries)
    {
        var list = entries.Where(e => e.Weight > 0).ToArray();
        if (list.Length == 0) throw new ArgumentException("Distribution vide.", nameof(entries));
        _values = list.Select(e => e.Value).ToArray();
        _cumulative = new double[list.Length];
        var sum = 0.0;
        for (var i = 0; i < list.Length; i++) _cumulative[i] = sum += list[i].Weight;
    }

    public IReadOnlyList<T> Values => _values;

    public T Draw(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        if (index < 0) index = ~index;
        return _values[Math.Min(index, _values.Length - 1)];
    }
}

/// <summary>Shorthand constructor for <see cref="Weighted{T}"/>.</summary>
internal static class Weighted
{
    public static Weighted<T> Of<T>(params (T Value, double Weight)[] entries) => new(entries);
}
