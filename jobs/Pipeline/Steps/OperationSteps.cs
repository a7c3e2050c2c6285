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
/// The product's steps: each loads the operation (<see cref="OperationFolder.Load"/>), calls the pure component
/// and writes its contract file — ingest (<see cref="Ingestor"/> into the store), eligibility
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

    /// <summary>
    /// Validates and stores one file. <c>operation.yaml</c> and the dossiers go with it (already stored: a no-op)
    /// because participants and aids are checked against the dossiers; an unrecognised file is left aside. The
    /// report is <c>ingest/&lt;file&gt;.json</c> (<see cref="IngestReportJson"/>).
    /// </summary>
    public void Ingest(StepWorkspace workspace, string file)
    {
        var path = Path.Combine(workspace.DataDirectory, file);
        if (FileKinds.Recognise(path) is null) return;
        var context = new[] { "operation.yaml", "dossiers.csv" }.Select(f => Path.Combine(workspace.DataDirectory, f)).Where(File.Exists);
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

    public IReadOnlyList<string> EligibilityChunks(StepWorkspace workspace) => OperationChunks.Keys(Load(workspace));

    public void Eligibility(StepWorkspace workspace, string chunk)
    {
        var data = OperationChunks.Select(Load(workspace), chunk);
        using var writer = Create(workspace, EligibilityJobOutput);
        EligibilityEngine.LoadDefault().WriteCsv(data, writer);
    }

    public void Flows(StepWorkspace workspace)
    {
        var flows = Reconstruct(workspace, Load(workspace));
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
        var data = Load(workspace);
        var folder = Path.Combine(workspace.RunDirectory, SurveyFolder);
        Directory.CreateDirectory(folder);
        using (var writer = Create(workspace, Path.Combine(SurveyFolder, "enquete.csv")))
            SurveyEstimatesCsv.Write(writer, SurveyIndicators.Compute(data).Estimates);
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
        var data = Load(workspace);
        var values = SurveySection.Catalogue.Compute(new IndicatorInputs(data, Reconstruct(workspace, data), CommuneReferential.Default.ByCode));
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
        var data = Load(workspace);
        using (var writer = Create(workspace, "rapport-qualite.txt"))
            writer.Write(QualityReportText.Render(QualityEvaluator.Evaluate(data), data.Config.Name).ReplaceLineEndings("\n"));
        var flows = Reconstruct(workspace, data);
        var survey = SurveyIndicators.Compute(data);
        var cells = SurveySection.Catalogue.ComputeCells(new IndicatorInputs(data, flows, CommuneReferential.Default.ByCode));
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
            Eligibility = ProgrammeSummaries.Build(EligibilityCsv.Read(Path.Combine(workspace.RunDirectory, "eligibility.csv")), EligibilityEngine.LoadDefault().Book),
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

    private static OperationData Load(StepWorkspace workspace) => OperationFolder.Load(workspace.DataDirectory);

    /// <summary>The flows from the data and the merged <c>eligibility.csv</c> of the fan-in.</summary>
    private static AidFlowResult Reconstruct(StepWorkspace workspace, OperationData data) =>
        AidFlowReconstruction.Reconstruct(data, EligibilityCsv.Read(Path.Combine(workspace.RunDirectory, "eligibility.csv")));

    private static StreamWriter Create(StepWorkspace workspace, string name) =>
        new(Path.Combine(workspace.RunDirectory, name), append: false, Utf8) { NewLine = "\n" };
}
