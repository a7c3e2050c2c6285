using System.Diagnostics;
using System.Globalization;
using Vacances.Jobs.Pipeline;
using Vacances.Jobs.Pipeline.Steps;
using Vacances.TestSupport;

namespace Vacances.Benchmarks.Pipeline;

/// <summary>
/// Issue 7: an operation processed on a throwaway PostgreSQL (<see cref="PostgresCluster"/>) by one
/// <c>vacances worker</c> process, then by two, each driven by <c>vacances run</c> — and by the same steps called
/// directly in this process (<see cref="DirectPipeline"/>), all in the same run of the program so that the ratios
/// are comparable on a shared machine. Each measurement gets a fresh database (ingest is idempotent by content
/// hash: a second run on the same store would skip it). A worker process runs one job at a time
/// (<c>--workers 1</c>), so « 2 workers » means two jobs at once. Without <c>--reports</c>, the PDF documents are
/// left out (<see cref="StepsWithoutReports"/>): their cost depends on the communes and funders, not the dossiers.
/// The three runs' <c>indicators.csv</c> must be identical before the times are printed.
/// Run: <c>dotnet run -c Release --project benchmarks/Vacances.Benchmarks -- pipeline /work/scale/d200000</c>.
/// </summary>
public static class PipelineBenchmark
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromHours(1);

    public static int Run(string[] args)
    {
        if (args.Length == 0) throw new ArgumentException("usage : pipeline DOSSIER [--reports]");
        var data = Path.GetFullPath(args[0]);
        var withReports = args.Contains("--reports");
        var steps = withReports ? null : typeof(StepsWithoutReports);
        Environment.SetEnvironmentVariable("VACANCES_PSEUDO_KEY", "cle-de-banc-d-essai-pipeline");
        var dossiers = File.ReadLines(Path.Combine(data, "dossiers.csv")).Count() - 1;
        var work = Directory.CreateTempSubdirectory("vacances-pipeline-").FullName;
        using var cluster = new PostgresCluster();
        cluster.InitializeAsync().GetAwaiter().GetResult();
        try
        {
            Console.WriteLine($"opération : {data} ({dossiers} dossiers) ; rapports PDF : {(withReports ? "oui" : "non")}");
            Console.WriteLine($"charge moyenne au départ : {LoadAverage()}");
            var one = Distributed(cluster, "un_worker", data, work, workers: 1, steps);
            var two = Distributed(cluster, "deux_workers", data, work, workers: 2, steps);
            var direct = Direct(cluster, data, work, withReports);
            Console.WriteLine($"charge moyenne à la fin : {LoadAverage()}");

            var reference = File.ReadAllBytes(Path.Combine(work, "direct", "indicators.csv"));
            foreach (var name in new[] { "un_worker", "deux_workers" })
                if (!File.ReadAllBytes(Path.Combine(work, name, "out", "indicators.csv")).AsSpan().SequenceEqual(reference))
                    throw new InvalidOperationException($"indicators.csv de {name} diffère de l'appel direct.");
            Console.WriteLine("indicators.csv identique dans les trois exécutions");
            Console.WriteLine($"direct (sans Hangfire) : {direct.TotalSeconds:0.0} s ({dossiers / direct.TotalSeconds:0} dossiers/s)");
            Console.WriteLine($"1 worker : {one.TotalSeconds:0.0} s ({dossiers / one.TotalSeconds:0} dossiers/s)");
            Console.WriteLine($"2 workers : {two.TotalSeconds:0.0} s ({dossiers / two.TotalSeconds:0} dossiers/s)");
            Console.WriteLine($"débit 2 workers / 1 worker : {one / two:0.00}");
            Console.WriteLine($"surcoût Hangfire (1 worker − direct) : {(one - direct).TotalSeconds:0.0} s ({(one - direct) / direct:P0})");
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Wall time of <c>vacances run</c> with <paramref name="workers"/> idle workers already up, on a fresh database.</summary>
    private static TimeSpan Distributed(PostgresCluster cluster, string name, string data, string work, int workers, Type? steps)
    {
        var pg = cluster.CreateDatabaseAsync(name).GetAwaiter().GetResult();
        var processes = Enumerable.Range(0, workers)
            .Select(i => PipelineProcesses.Start(Path.Combine(work, name, $"worker-{i}"), steps, "worker", "--pg", pg, "--workers", "1"))
            .ToList();
        try
        {
            PipelineDatabase.WaitUntil(pg, $"SELECT count(*) / {workers} FROM hangfire.server", TimeSpan.FromMinutes(2));
            var clock = Stopwatch.StartNew();
            using (var client = PipelineProcesses.Start(Path.Combine(work, name, "client"), steps, "run", "--pg", pg, "--data", data, "--out", Path.Combine(work, name, "out")))
                client.WaitForSuccess(RunTimeout);
            var elapsed = clock.Elapsed;
            var perServer = PipelineDatabase.JobsPerServer(pg);
            Console.WriteLine($"{name} : {elapsed.TotalSeconds:0.0} s ; tâches par worker : {string.Join(", ", perServer.Select(s => s.Jobs.ToString(CultureInfo.InvariantCulture)))}");
            return elapsed;
        }
        finally
        {
            foreach (var process in processes) process.Dispose();
        }
    }

    /// <summary>Wall time of the steps called in this process on a fresh database, with the time of each step.</summary>
    private static TimeSpan Direct(PostgresCluster cluster, string data, string work, bool withReports)
    {
        var store = StoreTarget.Postgres(cluster.CreateDatabaseAsync("direct").GetAwaiter().GetResult());
        IPipelineSteps steps = withReports ? new OperationSteps(store) : new StepsWithoutReports(store);
        var times = DirectPipeline.Run(steps, data, Path.Combine(work, "direct"));
        var total = times.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Time);
        Console.WriteLine($"direct : {total.TotalSeconds:0.0} s ; {string.Join(" ; ", times.Select(t => $"{t.Step} {t.Time.TotalSeconds:0.0} s"))}");
        return total;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "inconnue";
}
