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
        var postmaster = await PostmasterAsync(connection);
        var serverBefore = ServerCpuSeconds(postmaster);
        ResetPeak();
        await using (var pg = await PostgresOperationStore.OpenAsync(connection))
            await MeasureAsync("PostgreSQL", pg, pseudonymiser, folder);
        await Task.Delay(500); // the store's backends exit and are reaped: their time joins the postmaster's children time
        Console.WriteLine($"PostgreSQL : CPU du serveur (postmaster, ses processus et ses backends terminés) {ServerCpuSeconds(postmaster) - serverBefore:0.0} s");
        Console.WriteLine($"charge en fin de mesure : {LoadAverage()}");
        return 0;
    }

    private static async Task MeasureAsync(string name, IOperationStore store, Pseudonymiser pseudonymiser, string folder)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var paused = GC.GetTotalPauseDuration();
        var total = Stopwatch.StartNew();
        var ingestor = new Ingestor(store, pseudonymiser, CommuneReferential.Default)
        {
            FileDone = (report, elapsed) => Console.WriteLine($"  {name} {Path.GetRelativePath(folder, report.File)} : "
                + $"{report.RowsRead:N0} lignes, {report.Quarantined} en quarantaine, {elapsed.TotalSeconds:0.00} s, "
                + $"{report.RowsRead / elapsed.TotalSeconds:N0} lignes/s"),
        };
        var reports = await ingestor.IngestAsync([folder]);
        var elapsed = total.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        var rows = reports.Sum(r => r.RowsRead);
        Console.WriteLine($"{name} : {rows:N0} lignes en {elapsed:0.00} s = {rows / elapsed:N0} lignes/s ; "
            + $"CPU du processus {cpuSeconds:0.0} s ; pic mémoire {PeakMegabytes():N0} Mo");
        Console.WriteLine($"{name} : ramasse-miettes {GC.CollectionCount(0) - collections[0]} / {GC.CollectionCount(1) - collections[1]} / "
            + $"{GC.CollectionCount(2) - collections[2]} collectes (générations 0 / 1 / 2), pauses {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00} s");
    }

    /// <summary>The server's postmaster: the parent of a backend.</summary>
    private static async Task<int> PostmasterAsync(string connection)
    {
        await using var npgsql = new Npgsql.NpgsqlConnection(connection);
        await npgsql.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT pg_backend_pid()", npgsql);
        var backend = (int)(await command.ExecuteScalarAsync())!;
        return (int)Stat(backend)[1];
    }

    /// <summary>
    /// CPU seconds of the PostgreSQL server: the postmaster's own and reaped children's time (<c>/proc/PID/stat</c>
    /// utime, stime, cutime, cstime) plus its live children's (checkpointer, WAL writer…).
    /// </summary>
    private static double ServerCpuSeconds(int postmaster)
    {
        var own = Stat(postmaster);
        var ticks = own[11] + own[12] + own[13] + own[14];
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(directory), out var pid) && TryStat(pid) is { } child && child[1] == postmaster)
                ticks += child[11] + child[12];
        return ticks / 100.0; // USER_HZ
    }

    /// <summary>The numeric fields of <c>/proc/PID/stat</c> after the command name, from field 3 (state as 0): index 1 = ppid.</summary>
    private static long[] Stat(int pid) => TryStat(pid) ?? throw new InvalidOperationException($"/proc/{pid}/stat illisible");

    private static long[]? TryStat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return fields.Select(f => long.TryParse(f, CultureInfo.InvariantCulture, out var n) ? n : 0).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the process ended meanwhile, or is not ours to read
        }
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
