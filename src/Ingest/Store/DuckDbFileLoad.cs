using DuckDB.NET.Data;
using Vacances.Ingest.Errors;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Store;

/// <summary>
/// A file stored in DuckDB: one transaction on a connection of its own (which the load closes), the rows streamed through one appender
/// kept open for the whole file (<see cref="DuckDbChunkAppender"/>: the column vectors filled in place, the fastest bulk
/// path DuckDB offers), the bookkeeping rows appended at commit. Each row starts with the file's number (<c>file_id</c>, drawn when the
/// load began). Used by one thread at a time.
/// </summary>
internal sealed class DuckDbFileLoad : IFileLoad
{
    private readonly DuckDBConnection _connection;
    private readonly DuckDBTransaction _transaction;
    private readonly string _hash;
    private readonly int _fileId;
    private readonly string _fileName;
    private readonly FileKind _kind;
    private DuckDbChunkAppender? _appender;
    private bool _committed;

    internal DuckDbFileLoad(DuckDBConnection connection, DuckDBTransaction transaction, string hash, int fileId, string fileName,
        FileKind kind, StoreTable? table)
    {
        _connection = connection;
        _transaction = transaction;
        _hash = hash;
        _fileId = fileId;
        _fileName = fileName;
        _kind = kind;
        if (table is not null) _appender = new DuckDbChunkAppender(connection, StoreSchema.Name, table.Name, fileName);
    }

    /// <inheritdoc />
    public Task AppendAsync(StoreRows rows, CancellationToken cancellation = default)
    {
        var appender = _appender ?? throw new InvalidOperationException("Aucune table n'a été ouverte pour ce fichier.");
        try
        {
            for (var i = 0; i < rows.Count; i++)
            {
                appender.BeginRow();
                appender.Int(_fileId);
                rows.Write(i, appender);
                appender.EndRow();
            }
        }
        catch (DuckDBException e)
        {
            throw Failure(e);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task CommitAsync(FileOutcome outcome, CancellationToken cancellation = default)
    {
        try
        {
            _appender?.Close();
            _appender?.Dispose();
            _appender = null;
            Append(StoreTables.IngestedFiles, 1, (_, w) =>
            {
                w.Text(_hash); w.Text(_fileName); w.Text(_kind.ToString()); w.Long(outcome.RowsRead); w.Long(outcome.Accepted); w.Long(outcome.QuarantinedCount);
            });
            var reasons = outcome.Reasons.ToArray();
            Append(StoreTables.Quarantine, reasons.Length, (i, w) =>
            {
                w.Text(_fileName); w.Long(reasons[i].Line); w.Text(reasons[i].Column); w.Text(reasons[i].Reason);
            });
            if (outcome.Document is { } document)
                Append(StoreTables.Documents, 1, (_, w) => { w.Text(_kind.ToString()); w.Text(_fileName); w.Text(document); });
            await _transaction.CommitAsync(cancellation);
            _committed = true;
        }
        catch (DuckDBException e)
        {
            throw Failure(e);
        }
    }

    /// <summary>Appends <paramref name="count"/> rows to <paramref name="table"/>, each after the file's number.</summary>
    private void Append(StoreTable table, int count, Action<int, IStoreRowWriter> write)
    {
        if (count == 0) return;
        using var appender = new DuckDbChunkAppender(_connection, StoreSchema.Name, table.Name, _fileName);
        for (var i = 0; i < count; i++)
        {
            appender.BeginRow();
            appender.Int(_fileId);
            write(i, appender);
            appender.EndRow();
        }
        appender.Close();
    }

    private InfrastructureException Failure(DuckDBException e) => Failure(_fileName, e.Message, e);

    /// <summary>The refusal of a file's write, in French: nothing of it was stored.</summary>
    internal static InfrastructureException Failure(string fileName, string detail, Exception? inner = null) =>
        new($"Écriture DuckDB impossible pour {fileName} (rien n'a été enregistré) : {detail}", inner);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_committed)
        {
            // The rows already appended belong to the transaction: rolling it back removes them all.
            try { _appender?.Dispose(); }
            catch (DuckDBException) { /* the appender's pending rows are discarded with the transaction */ }
            await _transaction.RollbackAsync();
        }
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
