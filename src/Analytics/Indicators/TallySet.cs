namespace Vacances.Analytics.Indicators;

/// <summary>
/// The tallies of one indicator: the overall one and one per category of each dimension. Emits the total first,
/// then the dimensions in the definition's order, categories in ordinal order (deterministic output).
/// </summary>
internal sealed class TallySet
{
    private readonly IndicatorDefinition _definition;
    private readonly Dictionary<string, Dictionary<string, Tally>> _byDimension = new(StringComparer.Ordinal);

    public TallySet(IndicatorDefinition definition)
    {
        _definition = definition;
        foreach (var dimension in definition.Dimensions) _byDimension[dimension] = new(StringComparer.Ordinal);
    }

    public Tally Total { get; } = new();

    public Tally For(string dimension, string category)
    {
        var categories = _byDimension[dimension];
        if (!categories.TryGetValue(category, out var tally)) categories[category] = tally = new Tally();
        return tally;
    }

    /// <summary>Adds the same observation to the total and to the given category of every dimension.</summary>
    public void Count(bool counted, params ReadOnlySpan<(string Dimension, string Category)> categories)
    {
        Total.Count(counted);
        foreach (var (dimension, category) in categories) For(dimension, category).Count(counted);
    }

    public IEnumerable<IndicatorCell> Cells(bool denominatorCountsUnits = true)
    {
        yield return Indicators.Cells.FromTally(_definition, IndicatorDimensions.Total, "", Total, denominatorCountsUnits);
        foreach (var dimension in _definition.Dimensions)
            foreach (var (category, tally) in _byDimension[dimension].OrderBy(kv => kv.Key, StringComparer.Ordinal))
                yield return Indicators.Cells.FromTally(_definition, dimension, category, tally, denominatorCountsUnits);
    }
}
