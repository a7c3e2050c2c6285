using BenchmarkDotNet.Running;
using Vacances.Benchmarks.Eligibility;
using Vacances.Benchmarks.Ingest;
using Vacances.Benchmarks.Pipeline;
using Vacances.Benchmarks.Publicodes;
using Vacances.Benchmarks.Reports;
using Vacances.Benchmarks.Scale;

namespace Vacances.Benchmarks;

/// <summary>
/// The benchmark programs, each writing what benchmarks/RESULTS.md records:
/// <c>scale N | --data DIR</c>: whole-pipeline timings against DuckDB (issue 9);
/// <c>publicodes N</c>: the eligibility engine against Publicodes (issue 3);
/// <c>eligibility-profile DIR [passes] [csv]</c>: a plain loop over the eligibility hot path for profilers (issue 3);
/// <c>ingest DIR</c>: ingest throughput into DuckDB and PostgreSQL (issue 2);
/// <c>pipeline DIR</c> and <c>pipeline-faults DIR</c>: the Hangfire pipeline on PostgreSQL, 1 and 2 workers against
/// the direct call, and a worker killed mid-run (issue 7);
/// <c>reports [runs]</c>: the report set with a warm browser (issue 6; <c>reports 0</c>: the per-phase profile);
/// anything else goes to BenchmarkDotNet's switcher, e.g.
/// <c>dotnet run -c Release --project benchmarks/Vacances.Benchmarks -- --filter '*'</c>.
/// </summary>
public static class BenchmarkEntry
{
    public static int Main(string[] args) => args.FirstOrDefault() switch
    {
        "scale" => ScaleRunner.Run(args[1..]),
        "publicodes" => PublicodesComparison.Run(args[1..]),
        "eligibility-profile" => EligibilityProfile.Run(args[1..]),
        "ingest" => IngestRunner.RunAsync(args[1..]).GetAwaiter().GetResult(),
        "pipeline" => PipelineBenchmark.Run(args[1..]),
        "pipeline-faults" => PipelineFaultRun.Run(args[1..]),
        "reports" => ReportSetTiming.Run(args[1..]),
        _ => Run(args),
    };

    private static int Run(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }
}
