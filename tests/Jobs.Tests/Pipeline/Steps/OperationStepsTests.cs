using System.Text;
using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Export;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Analytics.Survey;
using Vacances.Analytics.Verbatims;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Referential;
using Vacances.Jobs.Pipeline;
using Vacances.Jobs.Pipeline.Steps;
using Vacances.TestSupport;

namespace Vacances.Jobs.Tests.Pipeline.Steps;

/// <summary>
/// The product steps on the committed sample: the per-commune fan-out of eligibility and what follows must give
/// what the components give on the whole operation at once.
/// </summary>
public sealed class OperationStepsTests : IDisposable
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.DataSamples, "nrpp-2026");
    private readonly string _run = Path.Combine(Path.GetTempPath(), "vacances-steps-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly OperationSteps _steps;
    private readonly StepWorkspace _workspace;

    public OperationStepsTests()
    {
        _steps = new OperationSteps(StoreTarget.Embedded(Path.Combine(_run, "store")));
        _workspace = new StepWorkspace(Sample, _run);
        Directory.CreateDirectory(_run);
    }

    [Fact]
    public void Eligibility_GivesTheWholeOperationsRows_WhenFannedOutPerCommune()
    {
        RunEligibilityFanOut();

        var whole = new StringWriter { NewLine = "\n" };
        EligibilityEngine.LoadDefault().WriteCsv(OperationFolder.Load(Sample), whole);
        var expected = whole.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var actual = File.ReadAllText(Path.Combine(_run, "eligibility.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected[0], actual[0]);
        Assert.Equal(expected.Skip(1).Order(StringComparer.Ordinal), actual.Skip(1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Indicators_EqualTheCatalogueOnTheWholeOperation_WhenComputedAfterTheFanIn()
    {
        RunEligibilityFanOut();

        _steps.Flows(_workspace);
        _steps.Indicators(_workspace);

        var data = OperationFolder.Load(Sample);
        var flows = AidFlowReconstruction.Reconstruct(data, EligibilityEngine.LoadDefault().Evaluate(data));
        Assert.Equal(Csv(w => FlowsCsv.Write(w, flows.Flows)), File.ReadAllText(Path.Combine(_run, "flows.csv")));
        var values = SurveySection.Catalogue.Compute(new IndicatorInputs(data, flows, CommuneReferential.Default.ByCode));
        Assert.Equal(Csv(w => IndicatorsCsv.Write(w, values)), File.ReadAllText(Path.Combine(_run, "indicators.csv")));
        Assert.Contains(values, v => v.IndicatorId == "enquete.decouverte_droits_vacances" && v.Dimension == "total");
    }

    [Fact]
    public void Survey_WritesEstimatesAndClassifiedVerbatims_OnTheSample()
    {
        _steps.Survey(_workspace);

        var data = OperationFolder.Load(Sample);
        Assert.Equal(Csv(w => SurveyEstimatesCsv.Write(w, SurveyIndicators.Compute(data).Estimates)),
            File.ReadAllText(Path.Combine(_run, "survey", "enquete.csv")));
        var answers = SurveyVerbatims.Answers(data.Survey!.Partants);
        var classified = SurveyInputs.ReadClassified(Path.Combine(_run, "survey", "verbatims.csv"), answers);
        Assert.Equal(answers.Select(a => (a.Id, a.Text)), classified.Select(c => (c.Id, c.Text)));
        Assert.All(classified, c => Assert.True(VerbatimRegisters.IsKnown(c.Register), c.Register));
        var registers = File.ReadAllLines(Path.Combine(_run, "survey", "registres.csv"));
        Assert.Equal(["register;count;share", .. VerbatimRegisters.All.Select(r => r + ";")], registers.Select(l => l.StartsWith("register", StringComparison.Ordinal) ? l : l[..(l.IndexOf(';') + 1)]));
    }

    [Fact]
    public void EligibilityChunks_AreTheCommunesInOrderThenTheRequests()
    {
        var chunks = _steps.EligibilityChunks(_workspace);

        var communes = OperationFolder.Load(Sample).Dossiers.Select(d => d.CommuneInsee).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal([.. communes, OperationChunks.Requests], chunks);
    }

    /// <summary>Every chunk in its own folder, then the fan-in's merge, as the jobs do.</summary>
    private void RunEligibilityFanOut()
    {
        foreach (var chunk in _steps.EligibilityChunks(_workspace))
        {
            var folder = Path.Combine(_run, "chunk-" + chunk);
            Directory.CreateDirectory(folder);
            _steps.Eligibility(_workspace with { RunDirectory = folder }, chunk);
            var stored = Path.Combine(_run, ChunkArtefacts.PathOf(PipelineStep.Eligibility, chunk));
            Directory.CreateDirectory(Path.GetDirectoryName(stored)!);
            File.Move(Path.Combine(folder, "eligibility.csv"), stored);
        }
        ChunkArtefacts.Merge(_run, PipelineStep.Eligibility);
    }

    private static string Csv(Action<TextWriter> write)
    {
        var text = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        write(text);
        return text.ToString();
    }

    public void Dispose()
    {
        if (Directory.Exists(_run)) Directory.Delete(_run, recursive: true);
    }
}
