namespace Vacances.Analytics.Flows;

/// <summary>A node of the aid-flow Sankey diagram.</summary>
/// <param name="Id">Unique id: <c>financeur:&lt;code&gt;</c>, <c>programme:&lt;id&gt;</c> or <c>dispositif:&lt;code&gt;</c>.</param>
/// <param name="Label">French label (the funder's name when the operation gives it, else the code).</param>
/// <param name="Column">0 for funders, 1 for programmes, 2 for dispositifs.</param>
/// <param name="AmountEur">Money through the node (its larger side: inflow or outflow).</param>
public sealed record SankeyNode(string Id, string Label, int Column, decimal AmountEur);
