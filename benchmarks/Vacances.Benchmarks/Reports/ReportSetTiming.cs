using System.Diagnostics;
using System.Globalization;
using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Analytics.Survey;
using Vacances.Analytics.Verbatims;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Referential;
using Vacances.Jobs.Pipeline.Steps;
using Vacances.Reports.Input;
using Vacances.Reports.Output;
using Vacances.Reports.Pdf;

namespace Vacances.Benchmarks.Reports;

/// <summary>
/// Issue 6: the whole report set (bilan, one fiche per commune with departures, one report per funder) from
/// indicators computed on an operation folder (default <c>data-samples/nrpp-2026</c>: 26 communes), printed to
/// tagged PDF with one warm browser. The input is computed as the pipeline's reports step computes it (catalogue
/// cells under disclosure control, flows, survey estimates, classified verbatims, eligibility summary), then the set
/// is written <c>runs</c> times with the same browser; the first run warms the browser and the JIT and is reported
/// apart; <c>runs</c> = 0 profiles the phases instead (<see cref="ReportSetProfile"/>). Run: <c>dotnet run -c Release --project benchmarks/Vacances.Benchmarks -- reports [runs] [DIR]</c>.
/// </summary>
public static class ReportSetTiming
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var folder = args.Length > 1 ? args[1] : Path.Combine(FindRoot(), "data-samples", "nrpp-2026");
        var clock = Stopwatch.StartNew();
        var input = ComputeInput(folder);
        Console.WriteLine($"entrée (lecture, éligibilité, flux, indicateurs, enquête): {clock.Elapsed.TotalSeconds:0.00} s; {input.Communes.Count} communes du territoire");
        var output = Directory.CreateTempSubdirectory("vacances-reports-bench-").FullName;
        try
        {
            return runs == 0
                ? ReportSetProfile.RunAsync(input, output).GetAwaiter().GetResult()
                : RunAsync(input, output, runs).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static async Task<int> RunAsync(BilanInput input, string output, int runs)
    {
        var clock = Stopwatch.StartNew();
        await using var printer = await PdfPrinter.LaunchAsync();
        Console.WriteLine($"lancement du navigateur: {clock.Elapsed.TotalSeconds:0.00} s");
        var times = new List<double>();
        var cpus = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var directory = Path.Combine(output, "run" + run.ToString(CultureInfo.InvariantCulture));
            var cpuBefore = ProcessTreeCpu.Seconds();
            clock.Restart();
            var result = await ReportSet.WriteAsync(input, directory, printer);
            var seconds = clock.Elapsed.TotalSeconds;
            var cpu = ProcessTreeCpu.Seconds() - cpuBefore;
            var label = run == 0 ? "tour de chauffe" : "tour " + run.ToString(CultureInfo.InvariantCulture);
            Console.WriteLine($"{label}: {result.PdfFiles.Count} PDF (bilan + fiches + financeurs) en {seconds:0.00} s; CPU (processus + navigateur) {cpu:0.00} s; charge {LoadAverage()}");
            if (run == 0) continue;
            times.Add(seconds);
            cpus.Add(cpu);
        }
        times.Sort();
        cpus.Sort();
        Console.WriteLine($"médiane sur {times.Count} tours, navigateur chaud: {times[times.Count / 2]:0.00} s (min {times[0]:0.00} s); CPU médian {cpus[cpus.Count / 2]:0.00} s");
        return 0;
    }

    /// <summary>What the pipeline's reports step gives <see cref="ReportSet"/>, computed in process from the CSV files.</summary>
    private static BilanInput ComputeInput(string folder)
    {
        var data = OperationFolder.Load(folder);
        var engine = EligibilityEngine.LoadDefault();
        var eligibility = engine.Decide(data);
        var flows = AidFlowReconstruction.Reconstruct(data, eligibility);
        var survey = SurveyIndicators.Compute(data);
        var cells = SurveySection.Catalogue.ComputeCells(new IndicatorInputs(data, flows, CommuneReferential.Default.ByCode));
        var values = DisclosureControl.Apply(cells, data.Config.SmallCellThreshold);
        var answers = data.Survey is { } answered ? SurveyVerbatims.Answers(answered.Partants) : [];
        return BilanInputs.Build(data, flows, values, Path.Combine(folder, "ingest-reports-absent")) with
        {
            SurveyOutcomes = SurveyInputs.Outcomes(survey),
            SurveyDesign = SurveyInputs.Design(data, survey),
            Verbatims = answers.Count == 0 ? [] : VerbatimClassifier.Default.Classify(answers),
            Classifier = SurveyInputs.Metrics(ClassifierQuality.Committed),
            Eligibility = ProgrammeSummaries.Build(eligibility, engine.Book),
        };
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Vacances.Analytics.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Vacances.Analytics.sln introuvable au-dessus de " + AppContext.BaseDirectory);
    }
}
