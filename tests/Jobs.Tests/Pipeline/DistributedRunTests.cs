using Hangfire;
using Npgsql;
using Vacances.Jobs.Pipeline.Hosting;
using Vacances.Jobs.Pipeline.Jobs;
using Vacances.TestSupport;

namespace Vacances.Jobs.Tests.Pipeline;

/// <summary>
/// Server mode under faults (issue 7): <c>vacances worker</c> processes and a <c>vacances run</c> client on a real
/// PostgreSQL, the outputs compared byte for byte with an undisturbed embedded run of the same operation.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DistributedRunTests(PostgresCluster cluster) : IDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(4);
    private readonly string _data = OperationFolders.Create(dossiers: 240, communes: 12);
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "vacances-dist-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly List<VacancesExecutable> _processes = [];

    [Fact]
    public async Task Run_IsSharedByBothWorkers_WhenTwoWorkersRun()
    {
        var pg = await cluster.CreateDatabaseAsync("shared");
        StartWorker(pg, "a", delay: 400);
        StartWorker(pg, "b", delay: 400);

        await RunToCompletionAsync(pg, "out");

        Assert.Equal(2, await CountAsync(pg, "SELECT count(DISTINCT (data::json)->>'ServerId') FROM hangfire.state WHERE name = 'Processing'"));
        await AssertSameOutputsAsUndisturbedRunAsync("out");
    }

    [Fact]
    public async Task Run_CompletesOnTheOtherWorkerWithIdenticalOutputs_WhenAWorkerIsKilledMidRun()
    {
        var pg = await cluster.CreateDatabaseAsync("killed");
        var victim = StartWorker(pg, "victim", delay: 1500);
        StartWorker(pg, "survivor", delay: 1500);
        var run = StartRun(pg, "out");

        await WaitUntilAsync(pg, $"""
            SELECT count(*) FROM hangfire.job j JOIN hangfire.state s ON s.id = j.stateid
            WHERE j.statename = 'Processing' AND j.invocationdata::text LIKE '%EligibilityJob%'
              AND (s.data::json)->>'ServerId' LIKE '%:{victim.Id}:%'
            """);
        victim.KillHard();

        Assert.Equal(0, await run.WaitForExitAsync(RunTimeout));
        await AssertSameOutputsAsUndisturbedRunAsync("out");
    }

    [Fact]
    public async Task Run_RetriesAndCompletes_WhenPostgresRestartsMidRun()
    {
        var pg = await cluster.CreateDatabaseAsync("restarted");
        StartWorker(pg, "a", delay: 1000);
        StartWorker(pg, "b", delay: 1000);
        var run = StartRun(pg, "out");

        await WaitUntilAsync(pg, "SELECT count(*) FROM pipeline.steps WHERE step = 'eligibility' AND remaining < total");
        cluster.Restart();

        Assert.Equal(0, await run.WaitForExitAsync(RunTimeout));
        await AssertSameOutputsAsUndisturbedRunAsync("out");
    }

    [Fact]
    public async Task Inbox_IngestsOnce_WhenTheSameFileIsDroppedTwice()
    {
        var pg = await cluster.CreateDatabaseAsync("inbox");
        var inbox = Path.Combine(_scratch, "inbox");
        var delivered = Path.Combine(_scratch, "delivered");
        Directory.CreateDirectory(inbox);
        StartWorker(pg, "a", delay: 0, "--inbox", inbox, "--out", delivered);
        var storage = HangfireStorages.Postgres(pg);
        await WaitForRecurringJobAsync(storage);

        File.Copy(Path.Combine(_data, "dossiers.csv"), Path.Combine(inbox, "dossiers.csv"));
        new RecurringJobManager(storage).Trigger(InboxJob.RecurringId);
        await WaitUntilAsync(pg, "SELECT count(*) FROM pipeline.runs WHERE status = 'succeeded'");
        File.Copy(Path.Combine(_data, "dossiers.csv"), Path.Combine(inbox, "dossiers-copie.csv"));
        File.SetLastWriteTimeUtc(Path.Combine(inbox, "dossiers.csv"), DateTime.UtcNow);
        new RecurringJobManager(storage).Trigger(InboxJob.RecurringId);
        await WaitUntilAsync(pg, "SELECT count(*) - 1 FROM hangfire.job WHERE statename = 'Succeeded' AND invocationdata::text LIKE '%InboxJob%'");

        Assert.Equal(1, await CountAsync(pg, "SELECT count(*) FROM pipeline.chunks WHERE step = 'ingest'"));
        Assert.Equal(1, await CountAsync(pg, "SELECT count(*) FROM pipeline.runs"));
        Assert.Equal(1, await CountAsync(pg, "SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%IngestJob%'"));
        Assert.True(File.Exists(Path.Combine(delivered, "flows.csv")));
    }

    private VacancesExecutable StartWorker(string pg, string name, int delay, params string[] extra) =>
        Track(VacancesProcess.Start(Path.Combine(_scratch, name), delay, ["worker", "--pg", pg, "--workers", "2", .. extra]));

    private VacancesExecutable StartRun(string pg, string output) =>
        Track(VacancesProcess.Start(_scratch, 0, "run", "--pg", pg, "--data", _data, "--out", Path.Combine(_scratch, output)));

    private async Task RunToCompletionAsync(string pg, string output)
    {
        var run = StartRun(pg, output);
        var exit = await run.WaitForExitAsync(RunTimeout);
        Assert.True(exit == 0, $"vacances run : code {exit}\n{run.Log}\n{string.Join("\n", _processes.Select(p => p.Log))}");
    }

    private VacancesExecutable Track(VacancesExecutable process)
    {
        _processes.Add(process);
        return process;
    }

    private async Task AssertSameOutputsAsUndisturbedRunAsync(string output)
    {
        var reference = Path.Combine(_scratch, "reference");
        var (exit, _, _) = await EmbeddedRun.RunAsync(new DigestSteps(), _data, reference, Path.Combine(_scratch, "work"));
        Assert.Equal(0, exit);
        var expected = OperationFolders.Snapshot(reference);
        var actual = OperationFolders.Snapshot(Path.Combine(_scratch, output));
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected) Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} diffère");
    }

    private static async Task WaitForRecurringJobAsync(JobStorage storage)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            using (var connection = storage.GetConnection())
                if (connection.GetAllItemsFromSet("recurring-jobs").Contains(InboxJob.RecurringId)) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("tâche récurrente « inbox » jamais enregistrée");
            await Task.Delay(200);
        }
    }

    /// <summary>Polls until <paramref name="sql"/> counts at least one (tolerating a restarting server).</summary>
    private static async Task WaitUntilAsync(string pg, string sql)
    {
        var deadline = DateTime.UtcNow + RunTimeout;
        while (true)
        {
            try
            {
                if (await CountAsync(pg, sql) > 0) return;
            }
            catch (PostgresException e) when (e.SqlState == "42P01")
            {
                // The schemas are created by the processes as they start.
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition jamais remplie : " + sql);
            await Task.Delay(100);
        }
    }

    private static async Task<long> CountAsync(string pg, string sql)
    {
        await using var connection = new NpgsqlConnection(pg);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        foreach (var process in _processes) process.Dispose();
        Directory.Delete(_data, recursive: true);
        if (Directory.Exists(_scratch)) Directory.Delete(_scratch, recursive: true);
    }
}
