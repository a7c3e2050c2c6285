using Vacances.Ingest.Store;

namespace Vacances.Ingest.Tests.Store;

/// <summary>The store contract against the embedded DuckDB adapter (a file in a temporary folder).</summary>
public sealed class DuckDbOperationStoreTests : StoreContractTests, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override async Task<IOperationStore> CreateStoreAsync() => await DuckDbOperationStore.OpenAsync(_folder.Path);

    protected override async Task<IOperationStore> ReopenAsync() => await DuckDbOperationStore.OpenAsync(_folder.Path);

    public void Dispose() => _folder.Dispose();
}
