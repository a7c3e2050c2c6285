using System.Runtime.CompilerServices;

namespace Vacances.Analytics.Indicators;

/// <summary>
/// The tallies of one share indicator over dossier dimensions: people counted in the denominator, and in the
/// numerator when they meet the indicator's condition — overall and per category of each dimension, the categories
/// coded (<see cref="CategoryColumn"/>) so that counting a row is a few array increments (issue 9). Emits the total
/// first, then the dimensions in the definition's order, categories in ordinal order, only those counted at least
/// once (deterministic output).
/// </summary>
internal sealed class TallySet
{
    private readonly IndicatorDefinition _definition;
    private readonly CategoryColumn[] _columns;
    private readonly long[][] _numerators;
    private readonly long[][] _denominators;
    private long _numerator;
    private long _denominator;

    /// <param name="columns">One coded column per dimension of <paramref name="definition"/>, in its order.</param>
    public TallySet(IndicatorDefinition definition, params CategoryColumn[] columns)
    {
        if (!definition.Dimensions.SequenceEqual(columns.Select(c => c.Dimension), StringComparer.Ordinal))
            throw new ArgumentException($"Les colonnes ne suivent pas les dimensions de {definition.Id}.", nameof(columns));
        _definition = definition;
        _columns = columns;
        _numerators = [.. columns.Select(c => new long[c.Categories.Count])];
        _denominators = [.. columns.Select(c => new long[c.Categories.Count])];
    }

    /// <summary>Adds one person of dossier <paramref name="dossier"/> to the total and to its category of every dimension.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Count(bool counted, int dossier)
    {
        CountTotal(counted);
        for (var d = 0; d < _columns.Length; d++)
        {
            var code = _columns[d].Codes[dossier];
            _denominators[d][code]++;
            if (counted) _numerators[d][code]++;
        }
    }

    /// <summary>Adds one person to the total only (a person whose dossier, hence categories, is unknown).</summary>
    public void CountTotal(bool counted)
    {
        _denominator++;
        if (counted) _numerator++;
    }

    public IEnumerable<IndicatorCell> Cells()
    {
        yield return Cell(IndicatorDimensions.Total, "", _numerator, _denominator);
        for (var d = 0; d < _columns.Length; d++)
            foreach (var code in _columns[d].Categories.InOrdinalOrder())
                if (_denominators[d][code] > 0)
                    yield return Cell(_columns[d].Dimension, _columns[d].Categories[code], _numerators[d][code], _denominators[d][code]);
    }

    private IndicatorCell Cell(string dimension, string category, long numerator, long denominator) =>
        Indicators.Cells.Ratio(_definition, dimension, category, numerator, denominator, numerator, denominator);
}
