using BenchmarkDotNet.Attributes;
using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Model;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Sampling;

namespace Vacances.Benchmarks;

/// <summary>
/// Aid-flow reconstruction and the indicator catalogue on a generated nrpp-2026 operation of the sample's size
/// (3 500 dossiers, ~9 300 participants) after load and eligibility (issue 4: « well under 2 s »).
/// Run: <c>dotnet run -c Release --project benchmarks/Vacances.Benchmarks -- --filter '*FlowsAndIndicators*'</c>.
/// </summary>
[MemoryDiagnoser]
public class FlowsAndIndicatorsBenchmarks
{
    private string _directory = "";
    private OperationData _data = null!;
    private IReadOnlyList<EligibilityResult> _eligibility = [];
    private Dictionary<string, Commune> _communes = [];

    [Params(3_500)]
    public int Dossiers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Environment.SetEnvironmentVariable("VACANCES_PSEUDO_KEY", "cle-de-banc-d-essai-flows-indicators");
        _directory = Path.Combine(Path.GetTempPath(), "vacances-bench-flows-" + Dossiers);
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
        SampleGenerator.Generate("nrpp-2026", Dossiers, 2026, _directory);
        _data = OperationFolder.Load(_directory);
        _eligibility = EligibilityEngine.LoadDefault().Evaluate(_data);
        _communes = CommuneReferential.Default.All.ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark]
    public AidFlowResult Flows() => AidFlowReconstruction.Reconstruct(_data, _eligibility);

    [Benchmark]
    public int FlowsAndIndicators()
    {
        var flows = AidFlowReconstruction.Reconstruct(_data, _eligibility);
        var cells = IndicatorCatalogue.Default.ComputeCells(new IndicatorInputs(_data, flows, _communes));
        return DisclosureControl.Apply(cells, _data.Config.SmallCellThreshold).Count;
    }
}
