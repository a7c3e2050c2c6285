namespace Vacances.Analytics.Flows;

/// <summary>A link of the aid-flow Sankey diagram: money from one node to the next column's node.</summary>
/// <param name="EstimatedEur">The part of <paramref name="AmountEur"/> that was estimated (drawn differently).</param>
public sealed record SankeyLink(string SourceId, string TargetId, decimal AmountEur, decimal EstimatedEur);
