using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using Npgsql;
using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Model;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Sampling;
using Vacances.Jobs.Pipeline.Steps;
using Vacances.TestSupport;
using Vacances.Web.Auth;
using Vacances.Web.Data;

namespace Vacances.Jobs.Tests.Pipeline.Steps;

/// <summary>
/// Publication for the web (DESIGN §9) on a small generated operation and a real PostgreSQL: what the reports step
/// publishes is in the results store, and <c>vacances serve</c> on that database serves it at <c>/api/indicateurs</c>.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class WebPublicationTests(PostgresCluster cluster) : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "vacances-publish-" + Guid.NewGuid().ToString("N")[..12]);

    private (OperationData Data, IReadOnlyList<IndicatorCell> Cells, AidFlowResult Flows) Compute()
    {
        Environment.SetEnvironmentVariable("VACANCES_PSEUDO_KEY", "cle-de-test-de-la-publication-web");
        SampleGenerator.Generate("nrpp-2026", 150, 7, Path.Combine(_directory, "op"));
        var data = OperationFolder.Load(Path.Combine(_directory, "op"));
        var flows = AidFlowReconstruction.Reconstruct(data, EligibilityEngine.LoadDefault().Evaluate(data));
        var cells = IndicatorCatalogue.Default.ComputeCells(new IndicatorInputs(data, flows, CommuneReferential.Default.ByCode));
        return (data, cells, flows);
    }

    [Fact]
    public async Task PublishAsync_StoresTheRunsResults_AndServeServesThem_WhenARunCompletes()
    {
        var pg = await cluster.CreateDatabaseAsync("publish");
        var (data, cells, flows) = Compute();

        await WebPublication.PublishAsync(pg, data, cells, flows.Flows);

        await using var dataSource = NpgsqlDataSource.Create(pg);
        var stored = await new ResultsStore(dataSource).LoadAsync(data.Config.Id);
        Assert.NotNull(stored);
        Assert.Equal(cells.Count, stored.StaffIndicators.Count);
        Assert.Equal(flows.Flows.Count, stored.Flows.Count);
        Assert.Equal(data.Survey!.Partants.Rows.Count, stored.Partants.Rows.Count);
        Assert.DoesNotContain("commune_insee", stored.Partants.Columns);
        Assert.DoesNotContain("verbatim", stored.Partants.Columns);
        Assert.Equal(data.Participants.Count, stored.Margins.Where(m => m.Variable == "dispositif").Sum(m => m.Count));
        Assert.Equal(data.Participants.Count, stored.Margins.Where(m => m.Variable == OperationResultsBuilder.CommuneGroup).Sum(m => m.Count));

        var users = new UserDirectory(dataSource);
        await users.EnsureSchemaAsync();
        await users.AddUserAsync("equipe", "mot-de-passe-solide", WebRoles.Staff);
        var token = await users.CreateTokenAsync("equipe");
        var url = $"http://127.0.0.1:{FreePort()}";
        using var serve = VacancesProcess.Start(Path.Combine(_directory, "serve"), 0, "serve", "--pg", pg, "--urls", url);
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var body = await GetWhenListeningAsync(http, "/api/indicateurs", serve);

        using var json = JsonDocument.Parse(body);
        Assert.Equal(cells.Count, json.RootElement.GetArrayLength());
        Assert.Equal(cells[0].Value.IndicatorId, json.RootElement[0].GetProperty("indicator_id").GetString());

        const string query = "question=decouverte_droits_vacances&value=oui&calibrate=dispositif,groupe_communes&level=0.9";
        var served = await GetWhenListeningAsync(http, "/api/enquete/estimation?" + query, serve);
        Assert.Equal(await CliEstimateAsync(stored, "--calibrate", "dispositif,groupe_communes", "--level", "0.9"), served.Trim());
    }

    /// <summary><c>vacances survey estimate</c> on the published answers and margins written as its two CSV files.</summary>
    private async Task<string> CliEstimateAsync(OperationResults stored, params string[] extra)
    {
        var responses = Path.Combine(_directory, "reponses.csv");
        var margins = Path.Combine(_directory, "marges.csv");
        await File.WriteAllLinesAsync(responses, stored.Partants.Rows.Select(r => string.Join(';', r.Select(c => c ?? "")))
            .Prepend(string.Join(';', stored.Partants.Columns)));
        await File.WriteAllLinesAsync(margins, stored.Margins
            .Select(m => $"{m.Variable};{m.Category};{m.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}")
            .Prepend("variable;category;count"));
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await Vacances.Jobs.Cli.VacancesCli.RunAsync(
            ["survey", "estimate", "--responses", responses, "--margins", margins, "--question", "decouverte_droits_vacances", "--value", "oui", .. extra],
            output, error);
        Assert.True(code == 0, error.ToString());
        return output.ToString().Trim();
    }

    private static async Task<string> GetWhenListeningAsync(HttpClient http, string path, VacancesExecutable serve)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                var response = await http.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} : {response.StatusCode}\n{serve.Log}");
                return await response.Content.ReadAsStringAsync();
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
