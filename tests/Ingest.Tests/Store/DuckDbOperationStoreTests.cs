using DuckDB.NET.Data;
using Vacances.Ingest.Store;

namespace Vacances.Ingest.Tests.Store;

/// <summary>The store contract against the embedded DuckDB adapter (a file in a temporary folder).</summary>
public sealed class DuckDbOperationStoreTests : StoreContractTests, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override async Task<IOperationStore> CreateStoreAsync() => await DuckDbOperationStore.OpenAsync(_folder.Path);

    protected override async Task<IOperationStore> ReopenAsync() => await DuckDbOperationStore.OpenAsync(_folder.Path);

    protected override async Task<IOperationStore> CreateStoreAtVersionAsync(int version) =>
        await DuckDbOperationStore.OpenAsync(_folder.Path, version, CancellationToken.None);

    protected override Task ExecuteAsync(string sql) => RunAsync(sql, command => command.ExecuteNonQueryAsync());

    protected override async Task<long> ScalarAsync(string sql) =>
        Convert.ToInt64(await RunAsync(sql, command => command.ExecuteScalarAsync()));

    /// <summary>Runs <paramref name="sql"/> on a connection of its own to the store's file.</summary>
    private async Task<T> RunAsync<T>(string sql, Func<DuckDBCommand, Task<T>> run)
    {
        await using var connection = new DuckDBConnection($"Data Source={Path.Combine(_folder.Path, DuckDbOperationStore.FileName)}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await run(command);
    }

    [Fact]
    public async Task Open_StoresNumbersWithFourDecimals_WhenAVersion4StoreHadThirtyEightDigits()
    {
        const string s = StoreSchema.Name;
        await (await CreateStoreAtVersionAsync(4)).DisposeAsync();
        // The type versions 1–4 created (the version-1 DDL now writes today's type).
        await ExecuteAsync($"DROP INDEX {s}.dossiers_id");
        await ExecuteAsync($"ALTER TABLE {s}.dossiers ALTER COLUMN lodging_eur TYPE DECIMAL(38,10)");
        await ExecuteAsync($"CREATE INDEX dossiers_id ON {s}.dossiers (dossier_id)");
        await ExecuteAsync($"INSERT INTO {s}.dossiers (file_id, dossier_id, lodging_eur) VALUES (1, 'A1', 166.67), (1, 'A2', 0.12345), (1, 'A3', 1000000000000)");

        await using var store = await ReopenAsync();

        Assert.Equal(StoreSchema.Latest, await store.SchemaVersionAsync());
        Assert.Equal(1, await ScalarAsync($"SELECT count(*) FROM duckdb_columns() WHERE schema_name = '{s}' AND table_name = 'dossiers' "
            + "AND column_name = 'lodging_eur' AND data_type = 'DECIMAL(18,4)'"));
        Assert.Equal(3, await ScalarAsync($"SELECT count(*) FROM {s}.dossiers WHERE (dossier_id, lodging_eur) IN "
            + "(('A1', 166.67), ('A2', 0.1235), ('A3', 1000000000000))"));
        Assert.Equal(1, await ScalarAsync($"SELECT count(*) FROM duckdb_indexes() WHERE schema_name = '{s}' AND index_name = 'dossiers_id'"));
    }

    public void Dispose() => _folder.Dispose();
}
