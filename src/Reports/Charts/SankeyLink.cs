namespace Vacances.Reports.Charts;

/// <summary>An amount flowing from a node of one column to a node of the next (by node key).</summary>
public sealed record SankeyLink(string Source, string Target, decimal Amount);
