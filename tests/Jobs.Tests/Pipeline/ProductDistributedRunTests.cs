using Npgsql;
using Vacances.TestSupport;

namespace Vacances.Jobs.Tests.Pipeline;

/// <summary>
/// Issue 7, « the distributed run's <c>indicators.csv</c> equals the embedded run's byte for byte, with a worker
/// killed mid-run », on <c>data-samples/nrpp-2026</c> with the product's steps (<see cref="ProductStepsWithoutReports"/>:
/// every step but the documents): two <c>vacances worker</c> processes on a real PostgreSQL, one SIGKILLed while it
/// evaluates an eligibility chunk, against an undisturbed <c>vacances bilan</c> (embedded: Hangfire.InMemory, DuckDB).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ProductDistributedRunTests(PostgresCluster cluster) : IDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(6);
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "vacances-real-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly List<VacancesExecutable> _processes = [];

    private static string Sample => Path.Combine(RepositoryPaths.DataSamples, "nrpp-2026");

    [Fact]
    public async Task Run_WritesTheEmbeddedRunsCsvOutputs_WhenAWorkerIsKilledMidRunOnTheSample()
    {
        var pg = await cluster.CreateDatabaseAsync("real_killed");
        var victim = Start("victim", delay: 800, "worker", "--pg", pg, "--workers", "2");
        Start("survivor", delay: 800, "worker", "--pg", pg, "--workers", "2");
        var run = Start("client", delay: 0, "run", "--pg", pg, "--data", Sample, "--out", Path.Combine(_scratch, "sorties", "distribue"));

        await WaitUntilAsync(pg, $"""
            SELECT count(*) FROM hangfire.job j JOIN hangfire.state s ON s.id = j.stateid
            WHERE j.statename = 'Processing' AND j.invocationdata::text LIKE '%EligibilityJob%'
              AND (s.data::json)->>'ServerId' LIKE '%:{victim.Id}:%'
            """);
        victim.KillHard();
        var embedded = Start("embedded", delay: 0, "bilan", "--data", Sample, "--out", Path.Combine(_scratch, "sorties", "integre"));

        Assert.True(await run.WaitForExitAsync(RunTimeout) == 0, Logs());
        Assert.True(await embedded.WaitForExitAsync(RunTimeout) == 0, Logs());
        var expected = OperationFolders.Snapshot(Path.Combine(_scratch, "sorties", "integre"));
        var actual = OperationFolders.Snapshot(Path.Combine(_scratch, "sorties", "distribue"));
        Assert.Contains("indicators.csv", expected.Keys);
        Assert.Contains("flows.csv", expected.Keys);
        Assert.Contains("eligibility.csv", expected.Keys);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} diffère");
    }

    private VacancesExecutable Start(string name, int delay, params string[] arguments)
    {
        var process = VacancesProcess.StartWith(typeof(ProductStepsWithoutReports), Path.Combine(_scratch, name), delay, arguments);
        _processes.Add(process);
        return process;
    }

    private string Logs() => string.Join("\n---\n", _processes.Select(p => p.Log));

    /// <summary>Polls until <paramref name="sql"/> counts at least one.</summary>
    private static async Task WaitUntilAsync(string pg, string sql)
    {
        var deadline = DateTime.UtcNow + RunTimeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(pg);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(sql, connection);
                if (Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0) return;
            }
            catch (PostgresException e) when (e.SqlState == "42P01")
            {
                // The schemas are created by the processes as they start.
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition jamais remplie : " + sql);
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        foreach (var process in _processes) process.Dispose();
        if (Directory.Exists(_scratch)) Directory.Delete(_scratch, recursive: true);
    }
}
