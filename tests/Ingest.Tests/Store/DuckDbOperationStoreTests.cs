using DuckDB.NET.Data;
using Vacances.Ingest.Store;
using Vacances.Ingest.Validation;

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
    public async Task AppendAsync_StoresTextAsGiven_WhenItHasAccentsEmojiOrIsEmpty()
    {
        string?[] values = ["Léa Dupré", "été 🏖 à Berck", "", null, new string('é', 300)];
        await using var store = await CreateStoreAsync();

        await using (var load = await store.BeginFileAsync("hash-text", "aids.csv", FileKind.Aids, StoreTables.Aids))
        {
            await load!.AppendAsync(new StoreRowsOf<string?>(StoreTables.Aids, values, static (v, w) =>
            {
                w.Text("D1"); w.Text(v); w.Text(v); w.Text(v); w.Decimal(1m);
            }));
            await load.CommitAsync(new FileOutcome(values.Length, values.Length, [], null));
        }

        var stored = new List<string>();
        await foreach (var text in store.AllTextAsync()) stored.Add(text);
        foreach (var value in values.OfType<string>()) Assert.Equal(3, stored.Count(t => t == value));
        Assert.Equal(1, await ScalarAsync($"SELECT count(*) FROM {StoreSchema.Name}.aids WHERE programme = '' AND funder = '' AND participant_id = ''"));
        Assert.Equal(1, await ScalarAsync($"SELECT count(*) FROM {StoreSchema.Name}.aids WHERE programme IS NULL"));
    }

    public void Dispose() => _folder.Dispose();
}
