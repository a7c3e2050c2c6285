namespace Vacances.Ingest.Validation;

/// <summary>One reason a row was quarantined (DESIGN §10): where, and why in French.</summary>
/// <param name="Line">1-based line of the file where the row starts (the header is line 1).</param>
/// <param name="Column">Canonical column name, or null when the reason concerns the whole row.</param>
public sealed record RowError(long Line, string? Column, string Reason);
