using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Store;

/// <summary>
/// One validated file ready to be stored atomically: its content hash (the idempotency key), its counts, its
/// quarantine, and either table rows or a whole document.
/// </summary>
public sealed record FileBatch(
    string ContentHash,
    string FileName,
    FileKind Kind,
    long RowsRead,
    long Accepted,
    IReadOnlyList<QuarantinedRow> Quarantined,
    StoreRows? Rows,
    string? Document)
{
    /// <summary>Number of quarantined rows.</summary>
    public long QuarantinedCount => Quarantined.Count;
}
