using System.Diagnostics;
using System.Globalization;
using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Loading;

namespace Vacances.Benchmarks.Eligibility;

/// <summary>
/// A plain loop over the explanation-free eligibility path, for profilers (<c>perf record</c> with
/// <c>DOTNET_PerfMapEnabled=1</c>, <c>valgrind --tool=callgrind</c>, <c>dotnet-trace</c>): loads an operation folder
/// once, then evaluates every programme <c>passes</c> times (with the reusable evaluator, or writing the results CSV to a null
/// writer with <c>csv</c>) and prints the wall time, the process CPU time (the
/// fairer figure on a shared machine: the pass is single-threaded) and the allocation of each pass.
/// Run: <c>dotnet run -c Release --project benchmarks/Vacances.Benchmarks -- eligibility-profile DIR [passes] [csv]</c>.
/// </summary>
public static class EligibilityProfile
{
    public static int Run(string[] args)
    {
        var directory = args[0];
        var passes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var clock = Stopwatch.StartNew();
        var data = OperationFolder.Load(directory);
        Console.WriteLine($"chargement : {clock.ElapsedMilliseconds} ms, {data.Dossiers.Count} dossiers, {data.Participants.Count} participants");
        var engine = EligibilityEngine.LoadDefault();
        var csv = args.Length > 2 && args[2] == "csv";
        var evaluator = new EligibilityEvaluator(engine);
        for (var pass = 0; pass < passes; pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            var rows = csv ? engine.WriteCsv(data, TextWriter.Null) : evaluator.Evaluate(data).Length;
            var elapsed = clock.Elapsed.TotalMilliseconds;
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Console.WriteLine($"passe {pass} : {rows} lignes en {elapsed:0.0} ms ({rows / elapsed * 1000:0} évaluations/s), " +
                $"CPU {cpuMs:0} ms ({rows / cpuMs * 1000:0} évaluations par seconde de CPU), {bytes} octets alloués");
        }
        return 0;
    }
}
