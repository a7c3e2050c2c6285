using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Store;

/// <summary>
/// Where ingested files are kept (DESIGN §2, §10): the embedded DuckDB file or a PostgreSQL database, behind the
/// same contract. Each file is stored in one transaction (all its rows and its quarantine, or nothing) and only
/// once (a file whose content hash is already stored is a no-op, reported as such).
/// </summary>
public interface IOperationStore : IAsyncDisposable
{
    /// <summary>Stores <paramref name="batch"/>; false (and nothing written) when its content hash was already stored.</summary>
    Task<bool> IngestAsync(FileBatch batch, CancellationToken cancellation = default);

    /// <summary>
    /// Begins storing one file in its own transaction, its rows going to <paramref name="table"/> (null for a
    /// document file); null (and nothing written) when its content hash was already stored.
    /// </summary>
    Task<IFileLoad?> BeginFileAsync(string contentHash, string fileName, FileKind kind, StoreTable? table,
        CancellationToken cancellation = default);

    /// <summary>True when a file with this content hash was stored.</summary>
    Task<bool> ContainsAsync(string contentHash, CancellationToken cancellation = default);

    /// <summary>The stored dossiers: id → first day of the stay (for participants and aids ingested later).</summary>
    Task<IReadOnlyDictionary<string, DateOnly>> DossierStartsAsync(CancellationToken cancellation = default);

    /// <summary>Number of rows of <paramref name="table"/> (one of <see cref="StoreTables.All"/>).</summary>
    Task<long> CountAsync(StoreTable table, CancellationToken cancellation = default);

    /// <summary>Every text cell of every table, for audits (the pseudonymisation test looks for clear values).</summary>
    IAsyncEnumerable<string> AllTextAsync(CancellationToken cancellation = default);

    /// <summary>The schema version the migrations brought the store to.</summary>
    Task<int> SchemaVersionAsync(CancellationToken cancellation = default);
}
