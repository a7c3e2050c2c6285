using Npgsql;
using Vacances.Ingest.Errors;
using Vacances.Ingest.Store;
using Vacances.TestSupport;

namespace Vacances.Ingest.Tests.Store;

/// <summary>The store contract against a real PostgreSQL 15 (throwaway cluster), one database per test.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOperationStoreTests(PostgresCluster cluster) : StoreContractTests
{
    private string? _connectionString;

    protected override async Task<IOperationStore> CreateStoreAsync()
    {
        _connectionString = await cluster.CreateDatabaseAsync("store_" + Guid.NewGuid().ToString("N")[..10]);
        return await PostgresOperationStore.OpenAsync(_connectionString);
    }

    protected override async Task<IOperationStore> ReopenAsync() => await PostgresOperationStore.OpenAsync(_connectionString!);

    protected override async Task<IOperationStore> CreateStoreAtVersionAsync(int version)
    {
        _connectionString = await cluster.CreateDatabaseAsync("store_" + Guid.NewGuid().ToString("N")[..10]);
        return await PostgresOperationStore.OpenAsync(_connectionString, version, CancellationToken.None);
    }

    protected override Task ExecuteAsync(string sql) => RunAsync(sql, command => command.ExecuteNonQueryAsync());

    protected override async Task<long> ScalarAsync(string sql) =>
        Convert.ToInt64(await RunAsync(sql, command => command.ExecuteScalarAsync()));

    /// <summary>Runs <paramref name="sql"/> on a connection of its own to the test's database.</summary>
    private async Task<T> RunAsync<T>(string sql, Func<NpgsqlCommand, Task<T>> run)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await run(command);
    }

    [Fact]
    public async Task OpenAsync_ThrowsInfrastructureException_WhenTheServerIsUnreachable()
    {
        var error = await Assert.ThrowsAsync<InfrastructureException>(() =>
            PostgresOperationStore.OpenAsync("Host=127.0.0.1;Port=1;Username=x;Database=x;Timeout=2"));
        Assert.Contains("PostgreSQL", error.Message);
    }
}
