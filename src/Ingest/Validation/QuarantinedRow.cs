namespace Vacances.Ingest.Validation;

/// <summary>A row set aside with every reason found in it (a row is quarantined once, DESIGN §10).</summary>
public sealed record QuarantinedRow(long Line, IReadOnlyList<RowError> Errors);
