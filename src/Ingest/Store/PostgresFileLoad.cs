using Npgsql;
using Vacances.Ingest.Errors;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Store;

/// <summary>
/// A file stored in PostgreSQL: one connection and one transaction, the file claimed at the start in
/// <c>ingested_files</c> (its unique hash makes a concurrent worker wait, then find it stored) where it gets its number
/// (<c>file_id</c>) from the sequence, the rows streamed through one binary COPY kept open for the whole file, each
/// starting with that number, the counts and quarantine written at commit.
/// </summary>
internal sealed class PostgresFileLoad : IFileLoad
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private int _fileId;
    private readonly string _fileName;
    private readonly FileKind _kind;
    private NpgsqlBinaryImporter? _importer;
    private PostgresRowWriter? _writer;
    private bool _committed;

    private PostgresFileLoad(NpgsqlConnection connection, NpgsqlTransaction transaction, string fileName, FileKind kind)
    {
        _connection = connection;
        _transaction = transaction;
        _fileName = fileName;
        _kind = kind;
    }

    /// <summary>Claims the file on <paramref name="connection"/> (which the load then owns); null when already stored.</summary>
    internal static async Task<PostgresFileLoad?> BeginAsync(NpgsqlConnection connection, string hash, string fileName, FileKind kind,
        StoreTable? table, CancellationToken cancellation)
    {
        var transaction = await connection.BeginTransactionAsync(cancellation);
        var load = new PostgresFileLoad(connection, transaction, fileName, kind);
        try
        {
            if (!await load.ClaimAsync(hash, cancellation))
            {
                await load.DisposeAsync(); // already stored: roll back, no-op
                return null;
            }
            if (table is not null) await load.OpenCopyAsync(table, cancellation);
            return load;
        }
        catch
        {
            await load.DisposeAsync();
            throw;
        }
    }

    /// <summary>Inserts the file's <c>ingested_files</c> row with a number drawn from the sequence; false when the hash is stored.</summary>
    private async Task<bool> ClaimAsync(string hash, CancellationToken cancellation)
    {
        await using var claim = new NpgsqlCommand(
            $"INSERT INTO {StoreSchema.Name}.ingested_files (file_hash, file_name, kind, rows_read, accepted, quarantined, "
            + $"{StoreSchema.FileIdColumn}) VALUES ($1, $2, $3, 0, 0, 0, nextval('{StoreSchema.FileIdSequence}')) "
            + $"ON CONFLICT (file_hash) DO NOTHING RETURNING {StoreSchema.FileIdColumn}", _connection, _transaction);
        claim.Parameters.Add(new NpgsqlParameter { Value = hash });
        claim.Parameters.Add(new NpgsqlParameter { Value = _fileName });
        claim.Parameters.Add(new NpgsqlParameter { Value = _kind.ToString() });
        if (await claim.ExecuteScalarAsync(cancellation) is not int fileId) return false;
        _fileId = fileId;
        return true;
    }

    private async Task OpenCopyAsync(StoreTable table, CancellationToken cancellation)
    {
        var columns = string.Join(", ", StoreSchema.ColumnNames(table));
        _importer = await _connection.BeginBinaryImportAsync(
            $"COPY {StoreSchema.Name}.{table.Name} ({columns}) FROM STDIN (FORMAT BINARY)", cancellation);
        _writer = new PostgresRowWriter(_importer);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Synchronous on purpose: an awaited call per row costs more than the rare blocking flush of the COPY buffer,
    /// and the caller is the ingest's writer side, which has nothing else to do meanwhile.
    /// </remarks>
    public Task AppendAsync(StoreRows rows, CancellationToken cancellation = default)
    {
        var importer = _importer ?? throw new InvalidOperationException("Aucune table n'a été ouverte pour ce fichier.");
        try
        {
            for (var i = 0; i < rows.Count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                importer.StartRow();
                _writer!.Int(_fileId);
                rows.Write(i, _writer);
            }
        }
        catch (NpgsqlException e)
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
            if (_importer is { } importer)
            {
                await importer.CompleteAsync(cancellation);
                await importer.DisposeAsync();
                _importer = null;
            }
            var reasons = outcome.Reasons.ToArray();
            await CopyAsync(StoreTables.Quarantine, reasons.Length, (i, w) =>
            {
                w.Text(_fileName); w.Long(reasons[i].Line); w.Text(reasons[i].Column); w.Text(reasons[i].Reason);
            }, cancellation);
            if (outcome.Document is { } document)
                await CopyAsync(StoreTables.Documents, 1, (_, w) => { w.Text(_kind.ToString()); w.Text(_fileName); w.Text(document); }, cancellation);
            await using (var counts = new NpgsqlCommand(
                $"UPDATE {StoreSchema.Name}.ingested_files SET rows_read = $2, accepted = $3, quarantined = $4 "
                + $"WHERE {StoreSchema.FileIdColumn} = $1",
                _connection, _transaction))
            {
                counts.Parameters.Add(new NpgsqlParameter { Value = _fileId });
                counts.Parameters.Add(new NpgsqlParameter { Value = outcome.RowsRead });
                counts.Parameters.Add(new NpgsqlParameter { Value = outcome.Accepted });
                counts.Parameters.Add(new NpgsqlParameter { Value = outcome.QuarantinedCount });
                await counts.ExecuteNonQueryAsync(cancellation);
            }
            await _transaction.CommitAsync(cancellation);
            _committed = true;
        }
        catch (NpgsqlException e)
        {
            throw Failure(e);
        }
    }

    private async Task CopyAsync(StoreTable table, int count, Action<int, IStoreRowWriter> write, CancellationToken cancellation)
    {
        if (count == 0) return;
        var columns = string.Join(", ", StoreSchema.ColumnNames(table));
        await using var importer = await _connection.BeginBinaryImportAsync(
            $"COPY {StoreSchema.Name}.{table.Name} ({columns}) FROM STDIN (FORMAT BINARY)", cancellation);
        var writer = new PostgresRowWriter(importer);
        for (var i = 0; i < count; i++)
        {
            await importer.StartRowAsync(cancellation);
            writer.Int(_fileId);
            write(i, writer);
        }
        await importer.CompleteAsync(cancellation);
    }

    private InfrastructureException Failure(NpgsqlException e) =>
        new($"Écriture PostgreSQL impossible pour {_fileName} (rien n'a été enregistré) : {e.Message}", e);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            // An import disposed before completion is cancelled; the transaction then rolls back: nothing remains.
            if (_importer is { } importer) await importer.DisposeAsync();
            if (!_committed) await _transaction.RollbackAsync();
        }
        catch (NpgsqlException)
        {
            // The connection is broken: the server rolls the transaction back itself.
        }
        finally
        {
            await _transaction.DisposeAsync();
            await _connection.DisposeAsync();
        }
    }
}
