namespace Vacances.Reports.Components;

/// <summary>
/// One headline figure. <paramref name="IndicatorId"/> and <paramref name="RawValue"/> are written as data
/// attributes so that every figure shown can be traced back to (and checked against) the indicator catalogue.
/// </summary>
/// <param name="Value">The figure as displayed, already French-formatted (« 9 300 », « 61 % »).</param>
/// <param name="Detail">One line under the figure: numerator / denominator, CI, n…</param>
/// <param name="IndicatorId">The catalogue id the figure comes from, null for a figure not from the catalogue.</param>
/// <param name="RawValue">The catalogue value, invariant culture, null when suppressed.</param>
public sealed record KeyFigure(string Label, string Value, string Detail, string? IndicatorId, decimal? RawValue);
