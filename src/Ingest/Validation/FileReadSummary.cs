namespace Vacances.Ingest.Validation;

/// <summary>
/// What streaming one file gave when its accepted rows went straight to a sink (the store) instead of a list:
/// the counts and the quarantine. Counts reconcile by construction: <see cref="RowsRead"/> = accepted + quarantined.
/// </summary>
public sealed class FileReadSummary(string file, FileKind kind, long acceptedCount, IReadOnlyList<QuarantinedRow> quarantined)
    : IFileReadSummary
{
    /// <inheritdoc />
    public string File { get; } = file;

    /// <inheritdoc />
    public FileKind Kind { get; } = kind;

    /// <inheritdoc />
    public long AcceptedCount { get; } = acceptedCount;

    /// <inheritdoc />
    public IReadOnlyList<QuarantinedRow> Quarantined { get; } = quarantined;

    /// <inheritdoc />
    public long RowsRead => AcceptedCount + Quarantined.Count;
}
