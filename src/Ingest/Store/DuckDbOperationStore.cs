using System.Runtime.CompilerServices;
using DuckDB.NET.Data;
using Vacances.Ingest.Errors;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Store;

/// <summary>
/// The embedded store (DESIGN §2): one DuckDB file (by default <c>.vacances/store.duckdb</c>, or in
/// <c>--store DIR</c>), bulk-loaded through DuckDB's appender inside one transaction per file.
/// DuckDB allows one writing process per file: the store keeps a single connection for its lifetime.
/// </summary>
public sealed class DuckDbOperationStore : IOperationStore
{
    /// <summary>The database file name inside the store folder.</summary>
    public const string FileName = "store.duckdb";

    private readonly DuckDBConnection _connection;

    private DuckDbOperationStore(DuckDBConnection connection) => _connection = connection;

    /// <summary>Opens (creating if needed) the store in <paramref name="directory"/> and applies pending migrations.</summary>
    public static Task<DuckDbOperationStore> OpenAsync(string directory, CancellationToken cancellation = default) =>
        OpenAsync(directory, StoreSchema.Latest, cancellation);

    /// <summary>Opens the store, bringing its schema up to <paramref name="version"/> only (upgrade tests build old stores).</summary>
    internal static async Task<DuckDbOperationStore> OpenAsync(string directory, int version, CancellationToken cancellation)
    {
        Directory.CreateDirectory(directory);
        var connection = new DuckDBConnection($"Data Source={Path.Combine(directory, FileName)}");
        try
        {
            await connection.OpenAsync(cancellation);
        }
        catch (DuckDBException e)
        {
            await connection.DisposeAsync();
            throw new InfrastructureException($"Impossible d'ouvrir la base DuckDB dans {directory} : {e.Message}", e);
        }
        var store = new DuckDbOperationStore(connection);
        await store.MigrateAsync(version, cancellation);
        return store;
    }

    private async Task MigrateAsync(int target, CancellationToken cancellation)
    {
        await ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS {StoreSchema.Name}", cancellation);
        await ExecuteAsync($"CREATE TABLE IF NOT EXISTS {StoreSchema.Name}.schema_migrations (version INTEGER PRIMARY KEY)", cancellation);
        var current = await SchemaVersionAsync(cancellation);
        foreach (var (version, statements) in StoreSchema.Migrations.Where(m => m.Version > current && m.Version <= target))
        {
            await using var transaction = await _connection.BeginTransactionAsync(cancellation);
            foreach (var sql in statements(TypeName)) await ExecuteAsync(sql, cancellation);
            await ExecuteAsync($"INSERT INTO {StoreSchema.Name}.schema_migrations VALUES ({version})", cancellation);
            await transaction.CommitAsync(cancellation);
        }
    }

    /// <summary>
    /// The SQL type of each store type in DuckDB. Numbers are <c>DECIMAL(18,4)</c> since version 5: a 64-bit integer
    /// of ten-thousandths, room for the largest amount the readers accept (a thousand billion, <c>RowReader</c>) and
    /// for every decimal of euros, hours, kilometres and tax parts; DuckDB rounds half away from zero beyond the
    /// fourth decimal (<see cref="DuckDbChunkAppender"/> does the same). The <c>DECIMAL(38,10)</c> of versions 1–4 is a
    /// 128-bit integer whose compression and comparisons DuckDB computes in software: ≈ 4 % of the DuckDB ingest's
    /// CPU (benchmarks/RESULTS.md, issue 2).
    /// </summary>
    private static string TypeName(StoreType type) => type switch
    {
        StoreType.Text => "VARCHAR",
        StoreType.Numeric => "DECIMAL(18,4)",
        StoreType.Date => "DATE",
        StoreType.Int => "INTEGER",
        StoreType.Long => "BIGINT",
        StoreType.Bool => "BOOLEAN",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <inheritdoc />
    public Task<bool> IngestAsync(FileBatch batch, CancellationToken cancellation = default) =>
        FileBatchLoading.IngestAsync(this, batch, cancellation);

    /// <inheritdoc />
    /// <remarks>
    /// Each load has its own connection to the same database (DuckDB.NET shares the open database between the
    /// connections of one process), so that two files can be stored at once, each in its own transaction.
    /// </remarks>
    public async Task<IFileLoad?> BeginFileAsync(string contentHash, string fileName, FileKind kind, StoreTable? table,
        CancellationToken cancellation = default)
    {
        var connection = new DuckDBConnection(_connection.ConnectionString);
        DuckDBTransaction? transaction = null;
        try
        {
            await connection.OpenAsync(cancellation);
            transaction = connection.BeginTransaction();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT count(*) FROM {StoreSchema.Name}.ingested_files WHERE file_hash = $hash";
                command.Parameters.Add(new DuckDBParameter("hash", contentHash));
                if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellation)) == 0)
                    return new DuckDbFileLoad(connection, transaction, contentHash, await NextFileIdAsync(connection, cancellation),
                        fileName, kind, table);
            }
            await transaction.RollbackAsync(cancellation);
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
            return null;
        }
        catch (Exception e)
        {
            if (transaction is not null) await transaction.DisposeAsync();
            await connection.DisposeAsync();
            if (e is not DuckDBException) throw;
            throw new InfrastructureException($"Écriture DuckDB impossible pour {fileName} (rien n'a été enregistré) : {e.Message}", e);
        }
    }

    /// <summary>
    /// Draws the file's number from the sequence: concurrent loads get distinct numbers; a load rolled back leaves a gap.
    /// </summary>
    private static async Task<int> NextFileIdAsync(DuckDBConnection connection, CancellationToken cancellation)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT nextval('{StoreSchema.FileIdSequence}')";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellation));
    }

    /// <inheritdoc />
    public async Task<bool> ContainsAsync(string contentHash, CancellationToken cancellation = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {StoreSchema.Name}.ingested_files WHERE file_hash = $hash";
        command.Parameters.Add(new DuckDBParameter("hash", contentHash));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellation)) > 0;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, DateOnly>> DossierStartsAsync(CancellationToken cancellation = default)
    {
        var starts = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT dossier_id, start_date FROM {StoreSchema.Name}.dossiers";
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            starts[reader.GetString(0)] = reader.GetFieldValue<DateOnly>(1);
        return starts;
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(StoreTable table, CancellationToken cancellation = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {StoreSchema.Name}.{table.Name}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellation));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<string> AllTextAsync([EnumeratorCancellation] CancellationToken cancellation = default)
    {
        foreach (var table in StoreTables.All)
            foreach (var column in table.Columns.Where(c => c.Type == StoreType.Text))
            {
                await using var command = _connection.CreateCommand();
                command.CommandText = $"SELECT {column.Name} FROM {StoreSchema.Name}.{table.Name} WHERE {column.Name} IS NOT NULL";
                await using var reader = await command.ExecuteReaderAsync(cancellation);
                while (await reader.ReadAsync(cancellation)) yield return reader.GetString(0);
            }
    }

    /// <inheritdoc />
    public async Task<int> SchemaVersionAsync(CancellationToken cancellation = default)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT coalesce(max(version), 0) FROM {StoreSchema.Name}.schema_migrations";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellation));
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellation)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
