namespace Vacances.Analytics.Indicators;

/// <summary>
/// One computed value of the indicator catalogue (DESIGN §2 <c>vacances indicators</c>, §5): always published
/// with its numerator and denominator.
/// </summary>
/// <param name="Dimension"><c>total</c> for the overall figure, else the disaggregation (<c>commune</c>, <c>dispositif</c>, <c>mois</c>…; see <see cref="IndicatorDimensions"/>).</param>
/// <param name="Category">Empty for <c>total</c>, else the category code (a commune code, a dispositif code…).</param>
/// <param name="Value">numerator / denominator × factor, or the count itself; null when suppressed or undefined.</param>
/// <param name="Suppressed">True when disclosure control hides this cell (DESIGN §10).</param>
public sealed record IndicatorValue(
    string IndicatorId,
    string Dimension,
    string Category,
    decimal Numerator,
    decimal? Denominator,
    decimal? Value,
    bool Suppressed);
