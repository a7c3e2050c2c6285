using System.Diagnostics;
using System.Globalization;

namespace Vacances.Benchmarks.Scale;

/// <summary>
/// Times the <c>vacances indicators --data DIR --out F</c> process itself (wall time, start-up included) and its
/// peak resident set, as an independent check runs it: through GNU <c>/usr/bin/time</c> when the machine has it.
/// </summary>
public static class CliTiming
{
    private const string GnuTime = "/usr/bin/time";

    /// <summary>The result of one CLI run: wall time, peak RSS in GiB (null when unmeasured) and exit code.</summary>
    public sealed record Run(TimeSpan Wall, double? PeakGiB, int ExitCode);

    /// <summary>
    /// The CLI to time: <paramref name="explicitPath"/> when given, else the Release build of <c>jobs</c> in the
    /// repository this benchmark runs from; null when neither exists.
    /// </summary>
    public static string? Locate(string? explicitPath)
    {
        if (explicitPath is not null) return File.Exists(explicitPath) ? explicitPath : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Vacances.Analytics.sln"))) continue;
            var cli = Path.Combine(dir.FullName, "jobs", "bin", "Release", "net10.0", "vacances");
            return File.Exists(cli) ? cli : null;
        }
        return null;
    }

    /// <summary>Runs <c>cli indicators --data <paramref name="directory"/> --out …</c> once and measures it.</summary>
    public static Run Indicators(string cli, string directory)
    {
        var output = Path.Combine(Path.GetTempPath(), $"vacances-scale-indicators-{Environment.ProcessId}.csv");
        var rusage = Path.Combine(Path.GetTempPath(), $"vacances-scale-time-{Environment.ProcessId}.txt");
        var withTime = File.Exists(GnuTime);
        var start = new ProcessStartInfo(withTime ? GnuTime : cli) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (withTime)
            foreach (var a in new[] { "-f", "%M", "-o", rusage, cli }) start.ArgumentList.Add(a);
        foreach (var a in new[] { "indicators", "--data", directory, "--out", output }) start.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{cli} n'a pas démarré");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var wall = clock.Elapsed;
        Console.Write(stdout.Result);
        if (process.ExitCode != 0) Console.Error.Write(stderr.Result);
        double? peak = null;
        if (withTime && File.Exists(rusage))
        {
            var kib = File.ReadAllLines(rusage).LastOrDefault(l => l.Length > 0 && char.IsAsciiDigit(l[0]));
            if (kib is not null) peak = long.Parse(kib, CultureInfo.InvariantCulture) / (1024.0 * 1024);
            File.Delete(rusage);
        }
        if (File.Exists(output)) File.Delete(output);
        return new Run(wall, peak, process.ExitCode);
    }
}
