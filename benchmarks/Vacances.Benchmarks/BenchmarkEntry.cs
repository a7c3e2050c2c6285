using BenchmarkDotNet.Running;
using Vacances.Benchmarks.Publicodes;
using Vacances.Benchmarks.Reports;
using Vacances.Benchmarks.Scale;

namespace Vacances.Benchmarks;

/// <summary>
/// The benchmark programs. <c>scale N</c>: whole-pipeline timings against DuckDB (issue 9); <c>publicodes N</c>:
/// the eligibility engine against Publicodes (issue 3); <c>reports [runs]</c>: the report set with a warm browser (issue 6); anything else goes to BenchmarkDotNet's switcher, e.g.
/// <c>dotnet run -c Release --project benchmarks/Vacances.Benchmarks -- --filter '*'</c>.
/// </summary>
public static class BenchmarkEntry
{
    public static int Main(string[] args) => args.FirstOrDefault() switch
    {
        "scale" => ScaleRunner.Run(args[1..]),
        "publicodes" => PublicodesComparison.Run(args[1..]),
        "reports" => ReportSetTiming.Run(args[1..]),
        _ => Run(args),
    };

    private static int Run(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }
}
