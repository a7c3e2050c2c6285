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

    [Fact]
    public async Task OpenAsync_ThrowsInfrastructureException_WhenTheServerIsUnreachable()
    {
        var error = await Assert.ThrowsAsync<InfrastructureException>(() =>
            PostgresOperationStore.OpenAsync("Host=127.0.0.1;Port=1;Username=x;Database=x;Timeout=2"));
        Assert.Contains("PostgreSQL", error.Message);
    }
}
