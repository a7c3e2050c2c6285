namespace Vacances.Ingest.Validation;

/// <summary>
/// What reading and validating one file gave: the accepted rows (in file order) and the quarantined ones.
/// Counts reconcile by construction: <see cref="RowsRead"/> = accepted + quarantined (DESIGN §10).
/// </summary>
public sealed class FileReadResult<T> : IFileReadSummary
{
    /// <summary>A result for the file shown as <paramref name="file"/>.</summary>
    public FileReadResult(string file, FileKind kind, IReadOnlyList<T> accepted, IReadOnlyList<QuarantinedRow> quarantined)
    {
        File = file;
        Kind = kind;
        Accepted = accepted;
        Quarantined = quarantined;
    }

    /// <inheritdoc />
    public string File { get; }

    /// <inheritdoc />
    public FileKind Kind { get; }

    /// <summary>Rows that passed every check.</summary>
    public IReadOnlyList<T> Accepted { get; }

    /// <inheritdoc />
    public IReadOnlyList<QuarantinedRow> Quarantined { get; }

    /// <inheritdoc />
    public long RowsRead => Accepted.Count + Quarantined.Count;

    /// <inheritdoc />
    public long AcceptedCount => Accepted.Count;
}
