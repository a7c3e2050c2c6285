using Vacances.Ingest.Ingestion;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Store;
using Vacances.Ingest.Tests.Loading;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Tests.Store;

/// <summary>
/// The contract's part on file numbers (schema versions 3–4): every stored row names its file by the small
/// <c>file_id</c> of its <c>ingested_files</c> row, and stores created by versions 1–2 (the content hash on each
/// row) are converted with their data.
/// </summary>
public abstract partial class StoreContractTests
{
    private const string S = StoreSchema.Name;

    [Fact]
    public async Task IngestAsync_NumbersEveryRowWithItsFile_WhenAFolderIsIngested()
    {
        using var folder = new TempFolder();
        SampleOperation.WriteTo(folder);
        folder.Write("extra/dossiers.csv", """
            dossier_id;commune_insee;dispositif;start_date;end_date
            B1;62065;individuel;2026-07-01;2026-07-08
            B2;00000;individuel;2026-07-01;2026-06-08
            """);
        await using var store = await CreateStoreAsync();

        var reports = await new Ingestor(store, OperationFolderTests.TestKey, CommuneReferential.Default).IngestAsync([folder.Path]);

        Assert.Equal(reports.Count, await ScalarAsync($"SELECT count(DISTINCT file_id) FROM {S}.ingested_files"));
        foreach (var table in StoreSchema.DataTables)
            Assert.Equal(0, await ScalarAsync(
                $"SELECT count(*) FROM {S}.{table.Name} t LEFT JOIN {S}.ingested_files f ON f.file_id = t.file_id WHERE f.file_hash IS NULL"));
        foreach (var (table, kind) in new[] { (StoreTables.Dossiers, FileKind.Dossiers), (StoreTables.Participants, FileKind.Participants), (StoreTables.Aids, FileKind.Aids) })
            Assert.Equal(0, await ScalarAsync($"SELECT count(*) FROM {S}.ingested_files f WHERE f.kind = '{kind}' "
                + $"AND f.accepted <> (SELECT count(*) FROM {S}.{table.Name} t WHERE t.file_id = f.file_id)"));
        Assert.Equal(2, await ScalarAsync(
            $"SELECT count(*) FROM {S}.quarantine q JOIN {S}.ingested_files f ON f.file_id = q.file_id WHERE f.quarantined = 1"));
    }

    [Fact]
    public async Task Open_ConvertsAVersion2Store_KeepingItsRowsAndJoiningThemToTheirFiles()
    {
        await (await CreateStoreAtVersionAsync(2)).DisposeAsync();
        await ExecuteAsync($"""
            INSERT INTO {S}.ingested_files (file_hash, file_name, kind, rows_read, accepted, quarantined) VALUES
              ('h-yaml', 'operation.yaml', 'Operation', 1, 1, 0),
              ('h-a', 'a/dossiers.csv', 'Dossiers', 2, 2, 0),
              ('h-b', 'b/dossiers.csv', 'Dossiers', 2, 1, 1)
            """);
        await ExecuteAsync($"""
            INSERT INTO {S}.dossiers (file_hash, dossier_id, commune_insee, start_date) VALUES
              ('h-a', 'A1', '62065', DATE '2026-07-01'), ('h-a', 'A2', '62065', DATE '2026-07-02'),
              ('h-b', 'B1', '62065', DATE '2026-08-01')
            """);
        await ExecuteAsync($"INSERT INTO {S}.quarantine (file_hash, file_name, line, column_name, reason) "
            + "VALUES ('h-b', 'b/dossiers.csv', 3, 'end_date', 'fin avant le début')");
        await ExecuteAsync($"INSERT INTO {S}.documents (file_hash, kind, file_name, content) VALUES ('h-yaml', 'Operation', 'operation.yaml', 'id: x')");

        await using var store = await ReopenAsync();

        Assert.Equal(StoreSchema.Latest, await store.SchemaVersionAsync());
        Assert.Equal(3, await ScalarAsync($"SELECT count(DISTINCT file_id) FROM {S}.ingested_files"));
        Assert.Equal(new Dictionary<string, DateOnly> { ["A1"] = new(2026, 7, 1), ["A2"] = new(2026, 7, 2), ["B1"] = new(2026, 8, 1) },
            await store.DossierStartsAsync());
        Assert.Equal(2, await JoinedAsync("dossiers", "h-a", "dossier_id LIKE 'A%'"));
        Assert.Equal(1, await JoinedAsync("dossiers", "h-b", "dossier_id = 'B1'"));
        Assert.Equal(1, await JoinedAsync("quarantine", "h-b", "column_name = 'end_date'"));
        Assert.Equal(1, await JoinedAsync("documents", "h-yaml", "content = 'id: x'"));
        Assert.Null(await store.BeginFileAsync("h-a", "a/dossiers.csv", FileKind.Dossiers, StoreTables.Dossiers));

        await using (var load = await store.BeginFileAsync("h-aids", "aids.csv", FileKind.Aids, StoreTables.Aids))
        {
            await load!.AppendAsync(new FailingRows(failAt: int.MaxValue));
            await load.CommitAsync(new FileOutcome(1000, 1000, [], null));
        }
        Assert.Equal(4, await ScalarAsync($"SELECT count(DISTINCT file_id) FROM {S}.ingested_files"));
        Assert.Equal(1000, await JoinedAsync("aids", "h-aids", "programme = 'ancv.apv'"));
    }

    /// <summary>Rows of <paramref name="table"/> matching <paramref name="where"/> whose file_id leads to the file hashed <paramref name="hash"/>.</summary>
    private Task<long> JoinedAsync(string table, string hash, string where) => ScalarAsync(
        $"SELECT count(*) FROM {S}.{table} t JOIN {S}.ingested_files f ON f.file_id = t.file_id WHERE f.file_hash = '{hash}' AND t.{where}");
}
