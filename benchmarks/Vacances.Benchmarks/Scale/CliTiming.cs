using System.Diagnostics;
using System.Globalization;
using Vacances.Jobs.Pipeline;

namespace Vacances.Benchmarks.Scale;

/// <summary>
/// Times a <c>vacances</c> process itself (wall time, start-up included) and its peak resident set, as an independent
/// check runs it: through GNU <c>/usr/bin/time</c> when the machine has it. <see cref="Indicators"/> times
/// <c>vacances indicators --data DIR --out F</c>; <see cref="Bilan"/> times <c>vacances bilan</c> up to the PDF, step
/// by step from the progress lines it prints.
/// </summary>
public static class CliTiming
{
    private const string GnuTime = "/usr/bin/time";

    /// <summary>The result of one CLI run: wall time, peak RSS in GiB (null when unmeasured) and exit code.</summary>
    public sealed record Run(TimeSpan Wall, double? PeakGiB, int ExitCode);

    /// <summary>A step of the bilan's pipeline and the time from the end of the step before to its own end.</summary>
    public sealed record Step(string Label, TimeSpan Time);

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
        try
        {
            return Measure(cli, ["indicators", "--data", directory, "--out", output], Path.GetTempPath(), echo: true, _ => { });
        }
        finally
        {
            if (File.Exists(output)) File.Delete(output);
        }
    }

    /// <summary>
    /// Runs <c>cli bilan --data <paramref name="directory"/> --out …</c> once — the embedded pipeline with its own
    /// DuckDB store, in a fresh working folder — and measures it; the steps are timed from the plain progress lines
    /// (<c>CI</c> set: « Étape : fait/total », polled every 250 ms), each from the end of the step before (the
    /// steps run one after the other), the last « step » being the writing of the outputs.
    /// </summary>
    public static (Run Run, IReadOnlyList<Step> Steps) Bilan(string cli, string directory)
    {
        var work = Directory.CreateTempSubdirectory("vacances-scale-bilan-").FullName;
        var clock = Stopwatch.StartNew();
        var ends = new List<(string Label, TimeSpan End)>();
        try
        {
            var run = Measure(cli, ["bilan", "--data", directory, "--out", Path.Combine(work, "sorties")], work, echo: false, line =>
            {
                var at = clock.Elapsed;
                var separator = line.LastIndexOf(" : ", StringComparison.Ordinal);
                if (separator < 0 || line[(separator + 3)..].Split('/') is not [var done, var total] || done != total) return;
                var label = line[..separator];
                if (PipelineStep.All.Any(s => PipelineStep.Label(s) == label) && ends.All(e => e.Label != label)) ends.Add((label, at));
            });
            var steps = new List<Step>();
            var previous = TimeSpan.Zero;
            foreach (var (label, end) in ends)
            {
                steps.Add(new Step(label, end - previous));
                previous = end;
            }
            steps.Add(new Step("écriture des sorties et arrêt", run.Wall - previous));
            return (run, steps);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static Run Measure(string cli, string[] arguments, string workingDirectory, bool echo, Action<string> onLine)
    {
        var rusage = Path.Combine(Path.GetTempPath(), $"vacances-scale-time-{Environment.ProcessId}.txt");
        var withTime = File.Exists(GnuTime);
        var start = new ProcessStartInfo(withTime ? GnuTime : cli)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.Environment["CI"] = "true";
        if (withTime)
            foreach (var a in new[] { "-f", "%M", "-o", rusage, cli }) start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{cli} n'a pas démarré");
        var stderr = process.StandardError.ReadToEndAsync();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            onLine(line);
            if (echo) Console.WriteLine(line);
        }
        process.WaitForExit();
        var wall = clock.Elapsed;
        if (process.ExitCode != 0) Console.Error.Write(stderr.Result);
        double? peak = null;
        if (withTime && File.Exists(rusage))
        {
            var kib = File.ReadAllLines(rusage).LastOrDefault(l => l.Length > 0 && char.IsAsciiDigit(l[0]));
            if (kib is not null) peak = long.Parse(kib, CultureInfo.InvariantCulture) / (1024.0 * 1024);
            File.Delete(rusage);
        }
        return new Run(wall, peak, process.ExitCode);
    }
}
