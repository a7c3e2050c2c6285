using System.Text;
using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Export;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Analytics.Quality;
using Vacances.Analytics.Survey;
using Vacances.Analytics.Verbatims;
using Vacances.Ingest.Ingestion;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Model;
using Vacances.Ingest.Pseudonymisation;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Store;
using Vacances.Ingest.Validation;
using Vacances.Reports.Output;

namespace Vacances.Jobs.Pipeline.Steps;

/// <summary>
/// The product's steps: each takes the operation and what earlier steps derived from it from this process's
/// <see cref="RunComputations"/> of the run (loaded and validated once per process and run, not once per step or
/// chunk), calls the pure component and writes its contract file — ingest (<see cref="Ingestor"/> into the store), eligibility
/// (<see cref="EligibilityEngine"/>, per commune), flows (<see cref="AidFlowReconstruction"/>), indicators
/// (<see cref="IndicatorCatalogue"/> with the survey's <see cref="SurveySection"/>), survey estimates and verbatims, the reports (<see cref="ReportSet"/>) and the quality report
/// (<see cref="QualityEvaluator"/>).
/// Every file is written with <c>\n</c> line ends and invariant numbers, so reruns give identical bytes.
/// </summary>
public sealed class OperationSteps(StoreTarget store) : IPipelineSteps
{
    /// <summary>One store writer per process: the embedded DuckDB file takes one writer at a time.</summary>
    private static readonly SemaphoreSlim StoreGate = new(1, 1);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The rule book, parsed once per process.</summary>
    private readonly Lazy<EligibilityEngine> _engine = new(EligibilityEngine.LoadDefault);

    private readonly Lock _gate = new();

    /// <summary>The computations of the run this process worked on last: one run's worth of memory at most.</summary>
    private RunComputations? _current;

    /// <summary>
    /// Validates and stores one file. <c>operation.yaml</c> goes with it, and the dossiers with participants and aids,
    /// which are checked against them (already stored: a no-op, but the file is read again — so only for those two:
    /// at a million dossiers each read is seconds); an unrecognised file is left aside. The report is
    /// <c>ingest/&lt;file&gt;.json</c> (<see cref="IngestReportJson"/>).
    /// </summary>
    public void Ingest(StepWorkspace workspace, string file)
    {
        var path = Path.Combine(workspace.DataDirectory, file);
        if (FileKinds.Recognise(path) is not { } kind) return;
        string[] needed = kind is FileKind.Participants or FileKind.Aids ? ["operation.yaml", "dossiers.csv"] : ["operation.yaml"];
        var context = needed.Select(f => Path.Combine(workspace.DataDirectory, f)).Where(File.Exists);
        var paths = context.Append(path).Distinct(StringComparer.Ordinal).ToList();
        StoreGate.Wait();
        try
        {
            var report = IngestAsync(paths).GetAwaiter().GetResult().Single(r => r.File == path) with { File = file };
            IngestReportJson.Write(Path.Combine(workspace.RunDirectory, "ingest", file + ".json"), report);
        }
        finally
        {
            StoreGate.Release();
        }
    }

    public IReadOnlyList<string> EligibilityChunks(StepWorkspace workspace) => OperationChunks.Keys(Use(workspace, c => c.Data));

    public void Eligibility(StepWorkspace workspace, string chunk)
    {
        var data = Use(workspace, c => c.Chunk(chunk));
        using var writer = Create(workspace, EligibilityJobOutput);
        _engine.Value.WriteCsv(data, writer);
    }

    public void Flows(StepWorkspace workspace)
    {
        var flows = Derived(workspace).Flows;
        using var writer = Create(workspace, "flows.csv");
        FlowsCsv.Write(writer, flows.Flows);
    }

    /// <summary>
    /// Survey estimates (DESIGN §6, <see cref="SurveyIndicators"/>) and verbatim classification (§7,
    /// <see cref="VerbatimClassifier.Default"/>) under <c>survey/</c>: <c>enquete.csv</c>
    /// (<see cref="SurveyEstimatesCsv"/>), <c>verbatims.csv</c> (<c>id;register;confidence</c>, the partants'
    /// <c>verbatim</c> answers by <c>response_id</c>) and <c>registres.csv</c> (<c>register;count;share</c>,
    /// <see cref="VerbatimSummary"/>). Without a survey, the files hold their header only.
    /// </summary>
    public void Survey(StepWorkspace workspace)
    {
        var (data, estimates) = Use(workspace, c => (c.Data, c.Survey));
        var folder = Path.Combine(workspace.RunDirectory, SurveyFolder);
        Directory.CreateDirectory(folder);
        using (var writer = Create(workspace, Path.Combine(SurveyFolder, "enquete.csv")))
            SurveyEstimatesCsv.Write(writer, estimates.Estimates);
        var answers = data.Survey is { } survey ? SurveyVerbatims.Answers(survey.Partants) : [];
        var classified = answers.Count == 0 ? [] : VerbatimClassifier.Default.Classify(answers);
        using (var writer = Create(workspace, Path.Combine(SurveyFolder, "verbatims.csv")))
            VerbatimCsv.Write(writer, classified);
        using (var writer = Create(workspace, Path.Combine(SurveyFolder, "registres.csv")))
        {
            writer.Write("register;count;share\n");
            foreach (var register in VerbatimSummary.Summarize(classified, examples: 0))
                writer.Write($"{register.Register};{register.Count};{CsvCells.Number(Math.Round((decimal)register.Share, 6))}\n");
        }
    }

    public void Indicators(StepWorkspace workspace)
    {
        var values = Derived(workspace).Cells.Select(c => c.Value).ToList();
        using var writer = Create(workspace, "indicators.csv");
        IndicatorsCsv.Write(writer, values);
    }

    /// <summary>
    /// The bilan, per-commune fiches and funder reports, HTML and PDF (<see cref="ReportSet"/>, DESIGN §8) — published
    /// documents, so with the disclosure control of DESIGN §10 at the operation's threshold —, and the
    /// data-quality report <c>rapport-qualite.txt</c> (DESIGN §10). In server mode the results are first published
    /// for the web (<see cref="WebPublication"/>). Chromium missing: the HTML is written, then
    /// the step fails as an infrastructure error with the reports component's French message.
    /// </summary>
    public void Reports(StepWorkspace workspace)
    {
        var (data, survey) = Use(workspace, c => (c.Data, c.Survey));
        using (var writer = Create(workspace, "rapport-qualite.txt"))
            writer.Write(QualityReportText.Render(QualityEvaluator.Evaluate(data), data.Config.Name).ReplaceLineEndings("\n"));
        var (programmes, flows, cells) = Derived(workspace);
        if (store.PostgresConnection is { } pg)
            WebPublication.PublishAsync(pg, data, cells, flows.Flows).GetAwaiter().GetResult();
        var values = DisclosureControl.Apply(cells, data.Config.SmallCellThreshold);
        var input = BilanInputs.Build(data, flows, values, Path.Combine(workspace.RunDirectory, "ingest")) with
        {
            SurveyOutcomes = SurveyInputs.Outcomes(survey),
            SurveyDesign = SurveyInputs.Design(data, survey),
            Verbatims = SurveyInputs.ReadClassified(Path.Combine(workspace.RunDirectory, SurveyFolder, "verbatims.csv"),
                data.Survey is { } answered ? SurveyVerbatims.Answers(answered.Partants) : []),
            Classifier = SurveyInputs.Metrics(ClassifierQuality.Committed),
            Eligibility = programmes.Summaries(_engine.Value.Book),
        };
        ReportSet.WriteAsync(input, workspace.RunDirectory).GetAwaiter().GetResult();
    }

    /// <summary>The survey step's folder in the run (<see cref="IPipelineSteps.Survey"/>).</summary>
    private const string SurveyFolder = "survey";

    private const string EligibilityJobOutput = Jobs.EligibilityJob.ChunkOutput;

    private async Task<IReadOnlyList<FileIngestReport>> IngestAsync(IReadOnlyList<string> paths)
    {
        await using IOperationStore opened = store.PostgresConnection is { } pg
            ? await PostgresOperationStore.OpenAsync(pg)
            : await DuckDbOperationStore.OpenAsync(store.StoreDirectory!);
        return await new Ingestor(opened, PseudonymKey.Resolve(Console.Error), CommuneReferential.Default).IngestAsync(paths);
    }

    /// <summary>
    /// The run's computations in this process, keyed by the workspace's input folder (one per run and process,
    /// <see cref="RunWorkspaces"/>); a job of another run replaces them.
    /// </summary>
    private RunComputations Computations(StepWorkspace workspace)
    {
        lock (_gate)
        {
            if (_current?.DataDirectory != workspace.DataDirectory) _current = new RunComputations(workspace.DataDirectory);
            return _current;
        }
    }

    /// <summary>
    /// Reads from the run's computations; a computation that failed is forgotten (its lazy would rethrow the same
    /// exception forever), so that Hangfire's retry of the job computes afresh.
    /// </summary>
    private T Use<T>(StepWorkspace workspace, Func<RunComputations, T> read)
    {
        var computations = Computations(workspace);
        try
        {
            return read(computations);
        }
        catch
        {
            lock (_gate)
                if (ReferenceEquals(_current, computations)) _current = null;
            throw;
        }
    }

    /// <summary>The results, flows and cells of the merged <c>eligibility.csv</c> of the fan-in.</summary>
    private EligibilityDerived Derived(StepWorkspace workspace) =>
        Use(workspace, c => c.Derived(Path.Combine(workspace.RunDirectory, "eligibility.csv")));

    private static StreamWriter Create(StepWorkspace workspace, string name) =>
        new(Path.Combine(workspace.RunDirectory, name), append: false, Utf8) { NewLine = "\n" };
}
