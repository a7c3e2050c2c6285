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

    public void Dispose() => _folder.Dispose();
}
