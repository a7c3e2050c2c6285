namespace Vacances.Ingest.Store;

/// <summary>Stores a whole <see cref="FileBatch"/> through a store's streaming path: one load, one chunk, one commit.</summary>
public static class FileBatchLoading
{
    /// <summary>Stores <paramref name="batch"/> in <paramref name="store"/>; false when its content hash was already stored.</summary>
    public static async Task<bool> IngestAsync(IOperationStore store, FileBatch batch, CancellationToken cancellation)
    {
        var table = batch.Rows is { } rows ? new StoreTable(rows.Table, rows.Columns) : null;
        await using var load = await store.BeginFileAsync(batch.ContentHash, batch.FileName, batch.Kind, table, cancellation);
        if (load is null) return false;
        if (batch.Rows is { Count: > 0 } chunk) await load.AppendAsync(chunk, cancellation);
        await load.CommitAsync(new FileOutcome(batch.RowsRead, batch.Accepted, batch.Quarantined, batch.Document), cancellation);
        return true;
    }
}
