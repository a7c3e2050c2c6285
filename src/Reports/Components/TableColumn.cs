namespace Vacances.Reports.Components;

/// <summary>A column of a <see cref="DataTable"/>; numeric columns are right-aligned with tabular figures.</summary>
public sealed record TableColumn(string Header, bool Numeric);
