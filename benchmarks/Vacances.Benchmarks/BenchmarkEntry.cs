using BenchmarkDotNet.Running;

namespace Vacances.Benchmarks;

/// <summary>
/// BenchmarkDotNet suites of the hot paths.
/// Run: <c>dotnet run -c Release --project benchmarks/Vacances.Benchmarks -- --filter '*'</c>.
/// </summary>
public static class BenchmarkEntry
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
}
