using System.Runtime.CompilerServices;
using Npgsql;
using Vacances.Ingest.Errors;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Store;

/// <summary>
/// The server store (DESIGN §2): a PostgreSQL database (<c>--pg</c> or <c>VACANCES_PG</c>), the store's tables in
/// their own schema, migrations applied at start-up under an advisory lock (several workers may start at once),
/// rows bulk-loaded by binary COPY inside one transaction per file.
/// </summary>
public sealed class PostgresOperationStore : IOperationStore
{
    /// <summary>Arbitrary key of the advisory lock serialising migrations.</summary>
    private const long MigrationLock = 0x5641_4341_4E43_4553;

    private readonly NpgsqlDataSource _dataSource;

    private PostgresOperationStore(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    /// <summary>Connects to <paramref name="connectionString"/> and applies pending migrations.</summary>
    public static Task<PostgresOperationStore> OpenAsync(string connectionString, CancellationToken cancellation = default) =>
        OpenAsync(connectionString, StoreSchema.Latest, cancellation);

    /// <summary>Connects, bringing the schema up to <paramref name="version"/> only (upgrade tests build old stores).</summary>
    internal static async Task<PostgresOperationStore> OpenAsync(string connectionString, int version, CancellationToken cancellation)
    {
        NpgsqlDataSource dataSource;
        try
        {
            dataSource = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new InfrastructureException($"Chaîne de connexion PostgreSQL invalide : {e.Message}", e);
        }
        var store = new PostgresOperationStore(dataSource);
        try
        {
            await store.MigrateAsync(version, cancellation);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            await dataSource.DisposeAsync();
            throw new InfrastructureException($"PostgreSQL injoignable ou en erreur : {e.Message}", e);
        }
        return store;
    }

    private async Task MigrateAsync(int target, CancellationToken cancellation)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({MigrationLock})", cancellation);
        await ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS {StoreSchema.Name}", cancellation);
        await ExecuteAsync(connection, $"CREATE TABLE IF NOT EXISTS {StoreSchema.Name}.schema_migrations (version INTEGER PRIMARY KEY)", cancellation);
        var current = await VersionAsync(connection, cancellation);
        foreach (var (version, statements) in StoreSchema.Migrations.Where(m => m.Version > current && m.Version <= target))
        {
            foreach (var sql in statements(TypeName)) await ExecuteAsync(connection, sql, cancellation);
            await ExecuteAsync(connection, $"INSERT INTO {StoreSchema.Name}.schema_migrations VALUES ({version})", cancellation);
        }
        await transaction.CommitAsync(cancellation);
    }

    private static string TypeName(StoreType type) => type switch
    {
        StoreType.Text => "TEXT",
        StoreType.Numeric => "NUMERIC",
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
    public async Task<IFileLoad?> BeginFileAsync(string contentHash, string fileName, FileKind kind, StoreTable? table,
        CancellationToken cancellation = default)
    {
        var connection = await OpenAsync(cancellation);
        try
        {
            return await PostgresFileLoad.BeginAsync(connection, contentHash, fileName, kind, table, cancellation);
        }
        catch (Exception e)
        {
            await connection.DisposeAsync(); // disposing twice is harmless
            if (e is not NpgsqlException) throw;
            throw new InfrastructureException($"Écriture PostgreSQL impossible pour {fileName} (rien n'a été enregistré) : {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public async Task<bool> ContainsAsync(string contentHash, CancellationToken cancellation = default)
    {
        await using var connection = await OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {StoreSchema.Name}.ingested_files WHERE file_hash = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = contentHash });
        return (long)(await command.ExecuteScalarAsync(cancellation))! > 0;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, DateOnly>> DossierStartsAsync(CancellationToken cancellation = default)
    {
        var starts = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"SELECT dossier_id, start_date FROM {StoreSchema.Name}.dossiers", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation)) starts[reader.GetString(0)] = reader.GetFieldValue<DateOnly>(1);
        return starts;
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(StoreTable table, CancellationToken cancellation = default)
    {
        await using var connection = await OpenAsync(cancellation);
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {StoreSchema.Name}.{table.Name}", connection);
        return (long)(await command.ExecuteScalarAsync(cancellation))!;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<string> AllTextAsync([EnumeratorCancellation] CancellationToken cancellation = default)
    {
        await using var connection = await OpenAsync(cancellation);
        foreach (var table in StoreTables.All)
            foreach (var column in table.Columns.Where(c => c.Type == StoreType.Text))
            {
                await using var command = new NpgsqlCommand(
                    $"SELECT {column.Name} FROM {StoreSchema.Name}.{table.Name} WHERE {column.Name} IS NOT NULL", connection);
                await using var reader = await command.ExecuteReaderAsync(cancellation);
                while (await reader.ReadAsync(cancellation)) yield return reader.GetString(0);
            }
    }

    /// <inheritdoc />
    public async Task<int> SchemaVersionAsync(CancellationToken cancellation = default)
    {
        await using var connection = await OpenAsync(cancellation);
        return await VersionAsync(connection, cancellation);
    }

    private static async Task<int> VersionAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand($"SELECT coalesce(max(version), 0) FROM {StoreSchema.Name}.schema_migrations", connection);
        return (int)(await command.ExecuteScalarAsync(cancellation))!;
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellation)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellation);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw new InfrastructureException($"PostgreSQL injoignable : {e.Message}", e);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellation)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
