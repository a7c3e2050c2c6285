using BenchmarkDotNet.Attributes;
using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Model;

namespace Vacances.Benchmarks.Eligibility;

/// <summary>
/// Every programme evaluated over a generated « Ne rêvez plus, partez ! » operation (the sample generator, seed 2026),
/// loaded once: the hot path writing the results contract (no explanations) and the full evaluation with French
/// explanations. Run: <c>dotnet run -c Release --project benchmarks/Vacances.Benchmarks -- --filter '*Eligibility*'</c>.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class EligibilityBenchmarks
{
    private OperationData _data = null!;
    private EligibilityEngine _engine = null!;

    [Params(20_000)]
    public int Dossiers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = GeneratedOperations.Load(Dossiers);
        _engine = EligibilityEngine.LoadDefault();
        Console.WriteLine($"// {_data.Dossiers.Count} dossiers, {_data.Participants.Count} participants");
    }

    /// <summary>All programmes, rows written as the §4.3 CSV to a null writer (no explanation built).</summary>
    [Benchmark(Baseline = true)]
    public int HotPathToCsv() => _engine.WriteCsv(_data, TextWriter.Null);

    /// <summary>All programmes with reasons and French explanations, as <c>Evaluate</c> returns them.</summary>
    [Benchmark]
    public int EvaluateWithExplanations() => _engine.Evaluate(_data).Count;

    /// <summary>Loading the embedded YAML parameters and compiling them per period segment.</summary>
    [Benchmark]
    public object LoadDefault() => EligibilityEngine.LoadDefault();
}
