using System.Text.Json;
using Vacances.Ingest.Store;
using Vacances.Jobs.Cli;
using Vacances.TestSupport;

namespace Vacances.Jobs.Tests.Cli;

/// <summary><c>vacances ingest</c> end to end (DESIGN §2): counts printed in French, the JSON report, exit codes.</summary>
public sealed class IngestCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vacances-cli-" + Guid.NewGuid().ToString("N")[..10]);

    public IngestCommandTests()
    {
        Directory.CreateDirectory(_folder);
        Environment.SetEnvironmentVariable("VACANCES_PSEUDO_KEY", "clé de test des commandes, jamais en production");
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await VacancesCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Ingest_PrintsCountsAndWritesTheReport_WhenSomeRowsAreQuarantined()
    {
        var dossiers = Write("in/dossiers.csv", "dossier_id;commune_insee;dispositif;start_date;end_date\nD1;62065;individuel;2026-07-01;2026-07-08\nD2;62065;individuel;2026-07-01;2026-06-30\n");
        var report = Path.Combine(_folder, "rapport.json");

        var (exit, output, _) = await RunAsync("ingest", dossiers, "--store", Path.Combine(_folder, "store"), "--report", report);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("2 lignes lues, 1 acceptées, 1 en quarantaine", output);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var file = Assert.Single(json.RootElement.EnumerateArray().ToArray());
        Assert.Equal(dossiers, file.GetProperty("file").GetString());
        Assert.Equal(2, file.GetProperty("rows_read").GetInt32());
        Assert.Equal(1, file.GetProperty("accepted").GetInt32());
        Assert.Equal(1, file.GetProperty("quarantined").GetInt32());
        var error = Assert.Single(file.GetProperty("errors").EnumerateArray().ToArray());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal("end_date", error.GetProperty("column").GetString());
        Assert.Contains("antérieure", error.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Ingest_ExitsWith1AndStoresNothing_WhenAFileLacksARequiredColumn()
    {
        var good = Write("in/dossiers.csv", "dossier_id;commune_insee;dispositif;start_date;end_date\nD1;62065;individuel;2026-07-01;2026-07-08\n");
        var bad = Write("in/participants.csv", "participant_id;dossier_id\nP1;D1\n");
        var store = Path.Combine(_folder, "store");

        var (exit, _, error) = await RunAsync("ingest", good, bad, "--store", store);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("participants.csv", error);
        Assert.Contains("role", error);
        await using var opened = await DuckDbOperationStore.OpenAsync(store);
        Assert.Equal(0, await opened.CountAsync(StoreTables.IngestedFiles));
        Assert.Equal(0, await opened.CountAsync(StoreTables.Dossiers));
    }

    [Fact]
    public async Task Ingest_ExitsWith1_WhenTheFileNameIsNotACanonicalOne()
    {
        var (exit, _, error) = await RunAsync("ingest", Write("in/inconnu.csv", "a;b\n1;2\n"), "--store", Path.Combine(_folder, "store"));

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("non reconnu", error);
    }

    [Fact]
    public async Task Ingest_ReportsANoOp_WhenTheSameFileIsIngestedTwice()
    {
        var dossiers = Write("in/dossiers.csv", "dossier_id;commune_insee;dispositif;start_date;end_date\nD1;62065;individuel;2026-07-01;2026-07-08\n");
        var store = Path.Combine(_folder, "store");

        await RunAsync("ingest", dossiers, "--store", store);
        var (exit, output, _) = await RunAsync("ingest", dossiers, "--store", store);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("déjà chargé", output);
        await using var opened = await DuckDbOperationStore.OpenAsync(store);
        Assert.Equal(1, await opened.CountAsync(StoreTables.Dossiers));
    }

    [Fact]
    public async Task Ingest_ExitsWith3_WhenPostgreSqlIsUnreachable()
    {
        var dossiers = Write("in/dossiers.csv", "dossier_id;commune_insee;dispositif;start_date;end_date\nD1;62065;individuel;2026-07-01;2026-07-08\n");

        var (exit, _, error) = await RunAsync("ingest", dossiers, "--pg", "Host=127.0.0.1;Port=1;Username=x;Database=x;Timeout=2");

        Assert.Equal(ExitCodes.Infrastructure, exit);
        Assert.Contains("PostgreSQL", error);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
