using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Model;

namespace Vacances.Benchmarks.Eligibility;

/// <summary>
/// Issue 3's figure: every programme evaluated over about 1 000 000 generated participants (380 000 « Ne rêvez plus,
/// partez ! » dossiers, sample generator seed 2026, generated once under the temp folder and loaded in the setup),
/// single-threaded, on the explanation-free fast path with a reused <see cref="EligibilityEvaluator"/>. An evaluation
/// is a result row: one participant-programme (or dossier-programme, or request) pair evaluated; the setup prints
/// the row count, so evaluations per second = rows / mean time, and bytes per evaluation = Allocated / rows.
/// Each invocation takes seconds: a monitoring job (one invocation per iteration, no pilot), run in-process (the
/// out-of-process toolchain times out on the loaded shared machine) with a generous timeout.
/// Run: <c>dotnet run -c Release --project benchmarks/Vacances.Benchmarks -- --filter '*EligibilityMillion*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(MonitoringInProcess))]
public class EligibilityMillionBenchmarks
{
    private OperationData _data = null!;
    private EligibilityEngine _engine = null!;
    private EligibilityEvaluator _evaluator = null!;

    [Params(380_000)]
    public int Dossiers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = GeneratedOperations.Load(Dossiers);
        _engine = EligibilityEngine.LoadDefault();
        _evaluator = new EligibilityEvaluator(_engine);
        var rows = _evaluator.Evaluate(_data).Length; // grows the evaluator's buffers to this operation's size
        Console.WriteLine($"// {_data.Dossiers.Count} dossiers, {_data.Participants.Count} participants, " +
            $"{_data.CvRequests.Count + _data.EquipmentRequests.Count} requests: {rows} result rows (evaluations) per invocation");
    }

    /// <summary>All programmes, reused evaluator: the rows stay in its buffer (nothing allocated once warm).</summary>
    [Benchmark(Baseline = true)]
    public int AllProgrammesReusedEvaluator() => _evaluator.Evaluate(_data).Length;

    /// <summary>All programmes through the public <c>WriteCsv</c> to a null writer (fresh buffers, CSV formatting).</summary>
    [Benchmark]
    public int AllProgrammesToCsv() => _engine.WriteCsv(_data, TextWriter.Null);

    private sealed class MonitoringInProcess : ManualConfig
    {
        public MonitoringInProcess() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)));
    }
}
