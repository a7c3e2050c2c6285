using System.Globalization;
using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Export;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Analytics.Indicators.Sections;
using Vacances.Analytics.Survey;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Model;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Sampling;

namespace Vacances.Benchmarks.Scale;

/// <summary>
/// Issue 9: whole-pipeline timings on a generated operation, in one run: DuckDB reading the same CSVs and computing
/// the DESIGN §5 core aggregates in SQL (<see cref="DuckDbCoreAggregates"/>); the <c>vacances indicators</c>
/// process itself (wall time with start-up, peak RSS: how the target is checked, <see cref="CliTiming"/>); the
/// <c>vacances bilan</c> process up to the PDF, step by step; then the
/// stages of that verb in this process (load and validate, eligibility, flows, indicators, CSV) with rows/s, what
/// the GC saw (<see cref="StageMeter"/>) and peak memory.
/// Run: <c>dotnet run -c Release --project benchmarks/Vacances.Benchmarks -- scale 100000 [seed]</c>, or on an
/// operation already generated <c>… -- scale --data DIR</c>; options <c>--cli PATH</c> (default: the Release build
/// of <c>jobs</c>), <c>--no-duckdb</c>, <c>--no-cli</c> (neither <c>indicators</c> nor <c>bilan</c>), <c>--no-bilan</c>, <c>--no-stages</c>.
/// </summary>
public static class ScaleRunner
{
    public static int Run(string[] args)
    {
        var options = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal)
            && (i == 0 || args[i - 1] is not ("--data" or "--cli"))).ToArray();
        Environment.SetEnvironmentVariable("VACANCES_PSEUDO_KEY", "cle-de-banc-d-essai-echelle");
        var given = Value("--data");
        var work = given ?? Directory.CreateTempSubdirectory("vacances-scale-").FullName;
        try
        {
            var meter = new StageMeter();
            if (given is null)
            {
                var dossiers = positional.Length > 0 ? long.Parse(positional[0], CultureInfo.InvariantCulture) : 100_000;
                var seed = positional.Length > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 2026;
                meter.Start();
                SampleGenerator.Generate("nrpp-2026", dossiers, seed, work);
                meter.Stop("génération", null);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"machine: {Environment.ProcessorCount} cœurs, {Environment.OSVersion}, .NET {Environment.Version}; charge {LoadAverage()}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
            WarmFileCache(work);

            IReadOnlyDictionary<string, decimal>? duck = null;
            TimeSpan? duckTime = null;
            if (!options.Contains("--no-duckdb"))
            {
                // DuckDB first; its memory is then taken out of the peak (ResetPeak) so the stages are measured alone.
                meter.Start();
                duck = DuckDbCoreAggregates.Compute(work);
                duckTime = meter.Stop("DuckDB lecture + agrégats", null);
                Console.WriteLine($"pic mémoire avec DuckDB: {StageMeter.PeakGiB():0.00} Gio");
            }

            if (!options.Contains("--no-cli") && CliTiming.Locate(Value("--cli")) is { } cli)
            {
                var run = CliTiming.Indicators(cli, work);
                var ratio = duckTime is { } d ? FormattableString.Invariant($"; ratio à DuckDB: {run.Wall / d:0.00}") : "";
                Console.WriteLine(FormattableString.Invariant(
                    $"processus `vacances indicators`: {run.Wall.TotalSeconds:0.00} s (démarrage compris), pic {run.PeakGiB:0.00} Gio, code {run.ExitCode}{ratio}"));
                if (!options.Contains("--no-bilan")) TimeBilan(cli, work);
            }

            if (options.Contains("--no-stages")) return 0;
            var reset = StageMeter.ResetPeak();
            meter = new StageMeter();
            meter.Start();
            var data = OperationFolder.Load(work);
            meter.Stop("lecture + validation", data.Dossiers.Count + data.Participants.Count + data.Aids.Count + data.Professionals.Count);
            meter.Start();
            var aids = data.Aids.Count;
            (data, var flows) = Reconstruct(data);
            meter.Stop("éligibilité (par parties) + flux", data.Dossiers.Count, "dossiers");
            meter.Start();
            var cells = SurveySection.Catalogue.ComputeCells(new IndicatorInputs(data, flows, CommuneReferential.Default.ByCode));
            var values = cells.Select(c => c.Value).ToArray();
            meter.Stop("indicateurs", values.Length, "valeurs");
            ProfileSections(new IndicatorInputs(data, flows, CommuneReferential.Default.ByCode));
            meter.Start();
            using (var sink = new StreamWriter(Stream.Null)) IndicatorsCsv.Write(sink, values);
            meter.Stop("écriture CSV", values.Length, "valeurs");

            Console.WriteLine($"dossiers: {data.Dossiers.Count}; participants: {data.Participants.Count}; aides: {aids}; lignes de flux: {flows.Lines.Count}; alertes: {flows.Alerts.Count}");
            var duckPart = duckTime is { } dt ? FormattableString.Invariant($"; DuckDB: {dt.TotalSeconds:0.00} s; ratio: {meter.Total / dt:0.00}") : "";
            Console.WriteLine(FormattableString.Invariant($"total des étapes (lecture → CSV): {meter.Total.TotalSeconds:0.00} s{duckPart}"));
            Console.WriteLine($"pic mémoire des étapes: {StageMeter.PeakGiB():0.00} Gio{(reset ? "" : " (DuckDB compris : remise à zéro impossible)")}");
            GC.KeepAlive(data);
            return duck is null || Check(duck, values) ? 0 : 1;
        }
        finally
        {
            if (given is null) Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// The <c>vacances bilan</c> process on the same operation, up to the PDF: its steps (ingest into its own DuckDB
    /// store, eligibility per commune, flows, survey, indicators, reports), the whole, and its peak memory.
    /// </summary>
    private static void TimeBilan(string cli, string directory)
    {
        var (run, steps) = CliTiming.Bilan(cli, directory);
        Console.WriteLine(string.Join("; ", steps.Select(s => FormattableString.Invariant($"{s.Label} {s.Time.TotalSeconds:0.0} s"))));
        Console.WriteLine(FormattableString.Invariant(
            $"processus `vacances bilan`: {run.Wall.TotalSeconds:0.00} s (démarrage compris), pic {run.PeakGiB:0.00} Gio, code {run.ExitCode}"));
    }

    /// <summary>
    /// The flows, and the operation without its grant records, as <c>vacances indicators</c> does
    /// (<c>OperationAnalysis</c>). A method of its own so that no slot of the caller's frame (unoptimised code: the
    /// runner runs once) keeps the operation with its grants alive through the later stages.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (OperationData Data, AidFlowResult Flows) Reconstruct(OperationData data) =>
        (data with { Aids = [] }, AidFlowReconstruction.Reconstruct(data, EligibilityEngine.LoadDefault()));

    /// <summary>Where the indicator stage's time goes: the shared per-dossier facts, then each section alone.</summary>
    private static void ProfileSections(IndicatorInputs inputs)
    {
        IIndicatorSection[] sections =
        [
            new DeparturesSection(), new PublicSection(), new ProfessionalsSection(), new FlowsSection(),
            new TerritorySection(), new SurveySection(),
        ];
        var context = new IndicatorContext(inputs);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var parts = new List<string>();
        foreach (var section in sections)
        {
            clock.Restart();
            var cells = section.Compute(context).Count();
            parts.Add(FormattableString.Invariant($"{section.GetType().Name} {clock.Elapsed.TotalSeconds:0.00} s ({cells})"));
        }
        Console.WriteLine($"  indicateurs par section (le premier paie les faits partagés) : {string.Join(", ", parts)}");
    }

    /// <summary>Reads every file once so that neither engine pays the first, cold read alone.</summary>
    private static void WarmFileCache(string directory)
    {
        var buffer = new byte[1 << 20];
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            using var stream = File.OpenRead(file);
            while (stream.Read(buffer) > 0) { }
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "inconnue";

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
