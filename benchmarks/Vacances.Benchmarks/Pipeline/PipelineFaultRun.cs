using System.Diagnostics;
using Vacances.TestSupport;

namespace Vacances.Benchmarks.Pipeline;

/// <summary>
/// Issue 7, « the distributed run's <c>indicators.csv</c> equals the embedded run's byte for byte, with a worker
/// killed mid-run », on any operation folder (e.g. <c>/work/scale/d20000</c>, too large for CI): two
/// <c>vacances worker</c> processes on a throwaway PostgreSQL, the first SIGKILLed while it evaluates an
/// eligibility chunk, <c>vacances run</c> to completion on the other; then <c>vacances bilan</c> (embedded:
/// Hangfire.InMemory, DuckDB) on the same folder; every CSV output compared byte for byte. With the product's
/// steps, PDF included, unless <c>--no-reports</c> (<see cref="StepsWithoutReports"/>).
/// Run: <c>dotnet run -c Release --project benchmarks/Vacances.Benchmarks -- pipeline-faults /work/scale/d20000</c>.
/// </summary>
public static class PipelineFaultRun
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromHours(1);

    public static int Run(string[] args)
    {
        if (args.Length == 0) throw new ArgumentException("usage : pipeline-faults DOSSIER [--no-reports]");
        var data = Path.GetFullPath(args[0]);
        var steps = args.Contains("--no-reports") ? typeof(StepsWithoutReports) : null;
        Environment.SetEnvironmentVariable("VACANCES_PSEUDO_KEY", "cle-de-banc-d-essai-pipeline");
        var work = Directory.CreateTempSubdirectory("vacances-faults-").FullName;
        using var cluster = new PostgresCluster();
        cluster.InitializeAsync().GetAwaiter().GetResult();
        try
        {
            Console.WriteLine($"opération : {data} ; rapports PDF : {(steps is null ? "oui" : "non")} ; charge : {File.ReadAllText("/proc/loadavg").Trim()}");
            var pg = cluster.CreateDatabaseAsync("pannes").GetAwaiter().GetResult();
            var distributed = Path.Combine(work, "distribue");
            var clock = Stopwatch.StartNew();
            using (var victim = PipelineProcesses.Start(Path.Combine(work, "victime"), steps, "worker", "--pg", pg, "--workers", "2"))
            using (var survivor = PipelineProcesses.Start(Path.Combine(work, "survivant"), steps, "worker", "--pg", pg, "--workers", "2"))
            using (var client = PipelineProcesses.Start(Path.Combine(work, "client"), steps, "run", "--pg", pg, "--data", data, "--out", distributed))
            {
                PipelineDatabase.WaitUntil(pg, PipelineDatabase.ProcessingOn(victim.Id, "EligibilityJob"), RunTimeout);
                victim.KillHard();
                Console.WriteLine($"worker {victim.Id} tué (SIGKILL) à {clock.Elapsed.TotalSeconds:0.0} s, pendant un lot d'éligibilité");
                client.WaitForSuccess(RunTimeout);
                Console.WriteLine($"exécution distribuée terminée par le worker {survivor.Id} : {clock.Elapsed.TotalSeconds:0.0} s ; tâches par serveur : "
                    + string.Join(", ", PipelineDatabase.JobsPerServer(pg).Select(s => s.Jobs)));
            }
            var embedded = Path.Combine(work, "integre");
            clock.Restart();
            using (var bilan = PipelineProcesses.Start(Path.Combine(work, "bilan"), steps, "bilan", "--data", data, "--out", embedded))
                bilan.WaitForSuccess(RunTimeout);
            Console.WriteLine($"vacances bilan (intégré) : {clock.Elapsed.TotalSeconds:0.0} s");
            return Compare(embedded, distributed) ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Prints, for every CSV of either folder, whether the bytes are the same; true when all are.</summary>
    private static bool Compare(string expected, string actual)
    {
        var names = new[] { expected, actual }
            .SelectMany(root => Directory.EnumerateFiles(root, "*.csv", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var same = true;
        foreach (var name in names)
        {
            var (left, right) = (Path.Combine(expected, name), Path.Combine(actual, name));
            var equal = File.Exists(left) && File.Exists(right) && File.ReadAllBytes(left).AsSpan().SequenceEqual(File.ReadAllBytes(right));
            Console.WriteLine($"{name} : {(equal ? "identique" : "DIFFÉRENT")} ({(File.Exists(left) ? new FileInfo(left).Length : 0)} octets)");
            same &= equal;
        }
        Console.WriteLine(same ? "toutes les sorties CSV sont identiques octet pour octet" : "des sorties CSV diffèrent");
        return same && names.Contains("indicators.csv");
    }
}
