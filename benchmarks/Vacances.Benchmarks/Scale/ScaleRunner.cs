using System.Diagnostics;
using System.Globalization;
using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Sampling;

namespace Vacances.Benchmarks.Scale;

/// <summary>
/// Issue 9: whole-pipeline timings on a generated operation — the stages of <c>vacances indicators</c> (load and
/// validate, eligibility, flows, indicators) with peak memory — against DuckDB reading the same CSVs and computing
/// the DESIGN §5 core aggregates in SQL (<see cref="DuckDbCoreAggregates"/>), measured in the same run.
/// Run: <c>dotnet run -c Release --project benchmarks/Vacances.Benchmarks -- scale 100000 [seed]</c>.
/// </summary>
public static class ScaleRunner
{
    public static int Run(string[] args)
    {
        var dossiers = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2026;
        Environment.SetEnvironmentVariable("VACANCES_PSEUDO_KEY", "cle-de-banc-d-essai-echelle");
        var work = Directory.CreateTempSubdirectory("vacances-scale-").FullName;
        try
        {
            var clock = Stopwatch.StartNew();
            var summary = SampleGenerator.Generate("nrpp-2026", dossiers, seed, work);
            Report("génération", clock.Elapsed, null);

            // DuckDB first, while the process holds nothing else, so its memory is not counted against us.
            clock.Restart();
            var duck = DuckDbCoreAggregates.Compute(work);
            var duckTime = clock.Elapsed;
            Report("DuckDB lecture + agrégats", duckTime, null);

            clock.Restart();
            var data = OperationFolder.Load(work);
            var load = clock.Elapsed;
            Report("lecture + validation", load, data.Dossiers.Count + data.Participants.Count + data.Aids.Count);
            clock.Restart();
            var eligibility = EligibilityEngine.LoadDefault().Evaluate(data);
            var elig = clock.Elapsed;
            Report("éligibilité", elig, eligibility.Count);
            clock.Restart();
            var flows = AidFlowReconstruction.Reconstruct(data, eligibility);
            var flowTime = clock.Elapsed;
            Report("flux", flowTime, data.Dossiers.Count);
            clock.Restart();
            var values = IndicatorCatalogue.Default.Compute(new IndicatorInputs(data, flows, CommuneReferential.Default.ByCode));
            var indTime = clock.Elapsed;
            Report("indicateurs", indTime, values.Count);

            var total = load + elig + flowTime + indTime;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024 * 1024);
            Console.WriteLine($"dossiers: {data.Dossiers.Count}; participants: {data.Participants.Count}; aides: {data.Aids.Count}");
            Console.WriteLine($"total (lecture → indicateurs): {total.TotalSeconds:0.00} s; DuckDB: {duckTime.TotalSeconds:0.00} s; ratio: {total / duckTime:0.0}");
            Console.WriteLine($"pic mémoire du processus: {peak:0.00} Gio");
            return Check(duck, values) ? 0 : 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Report(string stage, TimeSpan elapsed, long? rows) =>
        Console.WriteLine(rows is { } n
            ? $"{stage}: {elapsed.TotalSeconds:0.00} s ({n / elapsed.TotalSeconds:0} lignes/s)"
            : $"{stage}: {elapsed.TotalSeconds:0.00} s");

    /// <summary>Both engines must agree on the core figures (DESIGN §5) before their times mean anything.</summary>
    private static bool Check(IReadOnlyDictionary<string, decimal> duck, IReadOnlyList<IndicatorValue> values)
    {
        var ok = true;
        foreach (var (id, expected) in duck)
        {
            var mine = values.Single(v => v.IndicatorId == id && v.Dimension == "total").Value ?? 0;
            var same = Math.Abs(mine - expected) <= 0.01m;
            ok &= same;
            Console.WriteLine($"  {id}: moteur {mine} ; DuckDB {expected}{(same ? "" : "  ← différence")}");
        }
        return ok;
    }
}
