namespace Vacances.Ingest.Store;

/// <summary>
/// One file being stored, inside its own transaction (DESIGN §10: atomic per file): its accepted rows are
/// appended in chunks as they are read, then <see cref="CommitAsync"/> records the counts, the quarantine and
/// the document, and commits. Disposing the load without committing rolls everything back: nothing of the file
/// remains (a failure mid-file leaves nothing).
/// </summary>
public interface IFileLoad : IAsyncDisposable
{
    /// <summary>Appends a chunk of the file's accepted rows to the table the load was begun for.</summary>
    Task AppendAsync(StoreRows rows, CancellationToken cancellation = default);

    /// <summary>Records the file (counts, quarantine reasons, document) and commits the transaction.</summary>
    Task CommitAsync(FileOutcome outcome, CancellationToken cancellation = default);
}
