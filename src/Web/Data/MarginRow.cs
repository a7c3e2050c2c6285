namespace Vacances.Web.Data;

/// <summary>A population margin for survey calibration (DESIGN §6 <c>margins.csv</c>: variable;category;count).</summary>
public sealed record MarginRow(string Variable, string Category, decimal Count);
