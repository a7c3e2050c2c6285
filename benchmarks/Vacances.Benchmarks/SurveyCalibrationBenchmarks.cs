using BenchmarkDotNet.Attributes;
using Vacances.Analytics.Survey;
using Vacances.Ingest.Model;

namespace Vacances.Benchmarks;

/// <summary>
/// Raking calibration (dispositif × 26 communes) and one domain estimate, from the sample's survey size to a
/// national one: both must stay linear in the number of respondents (DESIGN §6).
/// </summary>
[MemoryDiagnoser]
public class SurveyCalibrationBenchmarks
{
    private const int Dispositifs = 7;
    private const int Communes = 26;
    private SurveyTable responses = null!;
    private PopulationMargins margins = null!;
    private SurveyWeights weights = null!;

    [Params(300, 100_000)]
    public int Respondents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261122);
        var rows = new List<string?[]>(Respondents);
        for (var i = 0; i < Respondents; i++)
            rows.Add([$"d{random.Next(Dispositifs)}", $"c{random.Next(Communes)}", random.Next(3) == 0 ? "oui" : random.Next(4) == 0 ? "nsp" : "non"]);
        responses = new SurveyTable(["dispositif", "commune_insee", "capacite_repartir"], rows);
        var population = 100.0 * Respondents;
        var counts = new List<MarginCount>();
        for (var k = 0; k < Dispositifs; k++) counts.Add(new MarginCount("dispositif", $"d{k}", population * (k + 1) / 28));
        for (var k = 0; k < Communes; k++) counts.Add(new MarginCount("commune_insee", $"c{k}", population / Communes));
        margins = new PopulationMargins(counts);
        weights = SurveyEstimator.Weigh(responses, margins, ["dispositif", "commune_insee"]);
    }

    [Benchmark]
    public SurveyWeights Rake() => SurveyEstimator.Weigh(responses, margins, ["dispositif", "commune_insee"]);

    [Benchmark]
    public ProportionEstimate DomainEstimate() =>
        SurveyEstimator.Proportion(responses, weights, new EstimateRequest("capacite_repartir", "oui", ["nsp"], 0.95));
}
