using System.Diagnostics;
using System.Text;

namespace Vacances.TestSupport;

/// <summary>
/// The built <c>vacances</c> executable (<c>jobs/bin/&lt;configuration of the caller&gt;/net10.0/vacances</c>) as a
/// child process, with its standard output and error collected for failure messages. Used by the distributed-run
/// tests and by the pipeline benchmarks, which both need real worker processes to kill.
/// </summary>
public sealed class VacancesExecutable : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private VacancesExecutable(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    /// <summary>Everything the process wrote so far, both streams interleaved as received.</summary>
    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <summary>
    /// Starts <c>vacances <paramref name="arguments"/></c> in <paramref name="workingDirectory"/> with the extra
    /// <paramref name="environment"/> variables (and <c>CI=true</c>: no interactive progress display).
    /// </summary>
    public static VacancesExecutable Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        Directory.CreateDirectory(workingDirectory);
        var info = new ProcessStartInfo(ExecutablePath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        info.Environment["CI"] = "true";
        return new VacancesExecutable(Process.Start(info) ?? throw new InvalidOperationException("vacances n'a pas démarré"));
    }

    /// <summary>Waits for the process to exit and returns its exit code; kills it and fails after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
            _process.WaitForExit();
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"vacances n'a pas fini en {timeout}. Journal :\n{Log}");
        }
    }

    /// <summary>SIGKILL: the process gets no chance to finish or hand back its jobs.</summary>
    public void KillHard()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>Kills the process if it still runs (an idle worker once its test or measurement is over).</summary>
    public void Dispose()
    {
        if (!_process.HasExited) KillHard();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private static string ExecutablePath
    {
        get
        {
            var separator = Path.DirectorySeparatorChar;
            var configuration = AppContext.BaseDirectory.Contains($"{separator}Release{separator}", StringComparison.Ordinal) ? "Release" : "Debug";
            var path = Path.Combine(RepositoryPaths.Root, "jobs", "bin", configuration, "net10.0", "vacances");
            return File.Exists(path) ? path : throw new FileNotFoundException("Exécutable vacances introuvable (construire jobs/)", path);
        }
    }
}
