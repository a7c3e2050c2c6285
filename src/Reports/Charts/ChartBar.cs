namespace Vacances.Reports.Charts;

/// <summary>One bar: its category label, its value and the value as printed beside it (French-formatted).</summary>
public sealed record ChartBar(string Label, double Value, string ValueLabel);
