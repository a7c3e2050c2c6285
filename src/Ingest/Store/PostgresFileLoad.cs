using Npgsql;
using Vacances.Ingest.Errors;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Store;

/// <summary>
/// A file stored in PostgreSQL: one connection and one transaction, the file claimed at the start in
/// <c>ingested_files</c> (its unique hash makes a concurrent worker wait, then find it stored), the rows streamed
/// through one binary COPY kept open for the whole file, the counts and quarantine written at commit.
/// </summary>
internal sealed class PostgresFileLoad : IFileLoad
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly string _hash;
    private readonly string _fileName;
    private readonly FileKind _kind;
    private NpgsqlBinaryImporter? _importer;
    private PostgresRowWriter? _writer;
    private bool _committed;

    private PostgresFileLoad(NpgsqlConnection connection, NpgsqlTransaction transaction, string hash, string fileName, FileKind kind)
    {
        _connection = connection;
        _transaction = transaction;
        _hash = hash;
        _fileName = fileName;
        _kind = kind;
    }

    /// <summary>Claims the file on <paramref name="connection"/> (which the load then owns); null when already stored.</summary>
    internal static async Task<PostgresFileLoad?> BeginAsync(NpgsqlConnection connection, string hash, string fileName, FileKind kind,
        StoreTable? table, CancellationToken cancellation)
    {
        var transaction = await connection.BeginTransactionAsync(cancellation);
        var load = new PostgresFileLoad(connection, transaction, hash, fileName, kind);
        try
        {
            await using (var claim = new NpgsqlCommand(
                $"INSERT INTO {StoreSchema.Name}.ingested_files (file_hash, file_name, kind, rows_read, accepted, quarantined) "
                + "VALUES ($1, $2, $3, 0, 0, 0) ON CONFLICT (file_hash) DO NOTHING", connection, transaction))
            {
                claim.Parameters.Add(new NpgsqlParameter { Value = hash });
                claim.Parameters.Add(new NpgsqlParameter { Value = fileName });
                claim.Parameters.Add(new NpgsqlParameter { Value = kind.ToString() });
                if (await claim.ExecuteNonQueryAsync(cancellation) == 0)
                {
                    await load.DisposeAsync(); // already stored: roll back, no-op
                    return null;
                }
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

    private async Task OpenCopyAsync(StoreTable table, CancellationToken cancellation)
    {
        var columns = string.Join(", ", StoreSchema.ColumnNames(table));
        _importer = await _connection.BeginBinaryImportAsync(
            $"COPY {StoreSchema.Name}.{table.Name} ({columns}) FROM STDIN (FORMAT BINARY)", cancellation);
        _writer = new PostgresRowWriter(_importer);
    }

    /// <inheritdoc />
    public async Task AppendAsync(StoreRows rows, CancellationToken cancellation = default)
    {
        var importer = _importer ?? throw new InvalidOperationException("Aucune table n'a été ouverte pour ce fichier.");
        try
        {
            for (var i = 0; i < rows.Count; i++)
            {
                await importer.StartRowAsync(cancellation);
                _writer!.Text(_hash);
                rows.Write(i, _writer);
            }
        }
        catch (NpgsqlException e)
        {
            throw Failure(e);
        }
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
                $"UPDATE {StoreSchema.Name}.ingested_files SET rows_read = $2, accepted = $3, quarantined = $4 WHERE file_hash = $1",
                _connection, _transaction))
            {
                counts.Parameters.Add(new NpgsqlParameter { Value = _hash });
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
            writer.Text(_hash);
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
