using System.Diagnostics;
using System.Globalization;
using Vacances.Ingest.Ingestion;
using Vacances.Ingest.Pseudonymisation;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Store;
using Vacances.TestSupport;

namespace Vacances.Benchmarks.Ingest;

/// <summary>
/// Issue 2 (« Done when »): ingest throughput of one operation folder into each store, measured in the same run —
/// a fresh DuckDB store in a temporary folder, then a fresh throwaway PostgreSQL cluster (<see cref="PostgresCluster"/>:
/// initdb in a temporary folder, free port) — with rows/s per file and per store, process CPU time and peak RSS
/// (the peak is reset between the stores through <c>/proc/self/clear_refs</c>).
/// Run: <c>dotnet run -c Release --project benchmarks/Vacances.Benchmarks -- ingest DIR</c>.
/// </summary>
public static class IngestRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 1 || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage : ingest DOSSIER_D_OPÉRATION");
            return 2;
        }
        var folder = Path.GetFullPath(args[0]);
        var pseudonymiser = new Pseudonymiser("cle-de-banc-d-essai-ingestion"u8.ToArray());
        Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cœurs, charge {LoadAverage()}, {folder}");

        var work = Directory.CreateTempSubdirectory("vacances-ingest-bench-").FullName;
        try
        {
            ResetPeak();
            await using (var duck = await DuckDbOperationStore.OpenAsync(work))
                await MeasureAsync("DuckDB", duck, pseudonymiser, folder);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        await using var cluster = new PostgresCluster();
        await cluster.InitializeAsync();
        var connection = await cluster.CreateDatabaseAsync("ingest_bench");
        ResetPeak();
        await using (var pg = await PostgresOperationStore.OpenAsync(connection))
            await MeasureAsync("PostgreSQL", pg, pseudonymiser, folder);
        Console.WriteLine($"charge en fin de mesure : {LoadAverage()}");
        return 0;
    }

    private static async Task MeasureAsync(string name, IOperationStore store, Pseudonymiser pseudonymiser, string folder)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var total = Stopwatch.StartNew();
        var file = Stopwatch.StartNew();
        var ingestor = new Ingestor(store, pseudonymiser, CommuneReferential.Default)
        {
            FileDone = report =>
            {
                var seconds = file.Elapsed.TotalSeconds;
                Console.WriteLine($"  {name} {Path.GetRelativePath(folder, report.File)} : {report.RowsRead:N0} lignes, "
                    + $"{report.Quarantined} en quarantaine, {seconds:0.00} s, {report.RowsRead / seconds:N0} lignes/s");
                file.Restart();
            },
        };
        var reports = await ingestor.IngestAsync([folder]);
        var elapsed = total.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        var rows = reports.Sum(r => r.RowsRead);
        Console.WriteLine($"{name} : {rows:N0} lignes en {elapsed:0.00} s = {rows / elapsed:N0} lignes/s ; "
            + $"CPU du processus {cpuSeconds:0.0} s ; pic mémoire {PeakMegabytes():N0} Mo");
    }

    /// <summary>Resets the kernel's peak resident set size of this process (Linux), so each store's peak is its own.</summary>
    private static void ResetPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (File.Exists("/proc/self/clear_refs")) File.WriteAllText("/proc/self/clear_refs", "5");
    }

    private static long PeakMegabytes()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        return Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "inconnue";
}
