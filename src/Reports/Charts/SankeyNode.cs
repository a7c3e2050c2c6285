namespace Vacances.Reports.Charts;

/// <summary>A node of a Sankey column: a stable key (funder code, programme id…) and its French label.</summary>
public sealed record SankeyNode(string Key, string Label);
