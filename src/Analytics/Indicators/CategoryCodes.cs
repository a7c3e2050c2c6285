using System.Runtime.CompilerServices;

namespace Vacances.Analytics.Indicators;

/// <summary>
/// The distinct categories of one dimension (communes, dispositifs, months, funders…) numbered 0, 1, 2… in the order
/// they are first met, so that the sections aggregate into arrays indexed by code instead of hashing a string key
/// per row and per dimension (issue 9: a million dossiers, a few hundred categories). A category is hashed only when
/// it differs, by reference, from the previous one coded: the rows of one dossier, and the dossiers a reader built
/// from one pooled string, share instances. Emission goes through <see cref="InOrdinalOrder"/>, so the output order
/// stays the ordinal order of the category strings, as before the coding. Filled by one thread; read-only (and then
/// safe to share between threads) once built.
/// </summary>
internal sealed class CategoryCodes
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private string? _last;
    private int _lastCode = -1;

    /// <summary>Number of distinct categories coded so far.</summary>
    public int Count => _names.Count;

    /// <summary>The category behind a code.</summary>
    public string this[int code] => _names[code];

    /// <summary>The code of <paramref name="category"/>, a new one when it was never met.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int CodeOf(string category)
    {
        if (ReferenceEquals(category, _last)) return _lastCode;
        if (!_codes.TryGetValue(category, out var code))
        {
            code = _names.Count;
            _codes.Add(category, code);
            _names.Add(category);
        }
        _last = category;
        _lastCode = code;
        return code;
    }

    /// <summary>
    /// The code of the category spelled by <paramref name="category"/>, read from a slice of a row's text without
    /// allocating a string for it (a string is made only for a category never met).
    /// </summary>
    public int CodeOf(ReadOnlySpan<char> category)
    {
        var lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(category, out var code)) return code;
        return CodeOf(category.ToString());
    }

    /// <summary>Every code, ordered by the ordinal order of its category (the emission order of the sections).</summary>
    public int[] InOrdinalOrder()
    {
        var order = new int[_names.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => string.CompareOrdinal(_names[a], _names[b]));
        return order;
    }
}
