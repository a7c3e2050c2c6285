using System.Diagnostics;
using System.Text;
using Vacances.Jobs.Pipeline;
using Vacances.TestSupport;

namespace Vacances.Benchmarks.Pipeline;

/// <summary>
/// The built <c>vacances</c> executable (<c>jobs/bin/&lt;configuration of this program&gt;/net10.0/vacances</c>) as a
/// child process, optionally on other steps (<see cref="PipelineStepsFactory.OverrideVariable"/>), its output kept
/// for failure messages.
/// </summary>
internal sealed class VacancesExecutable : IDisposable
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

    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <summary>Starts <c>vacances <paramref name="arguments"/></c> in <paramref name="workingDirectory"/>, on <paramref name="steps"/> when given.</summary>
    public static VacancesExecutable Start(string workingDirectory, Type? steps, params string[] arguments)
    {
        Directory.CreateDirectory(workingDirectory);
        var info = new ProcessStartInfo(Path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        if (steps is not null) info.Environment[PipelineStepsFactory.OverrideVariable] = $"{steps.Assembly.Location}|{steps.FullName}";
        info.Environment["CI"] = "true";
        return new VacancesExecutable(Process.Start(info) ?? throw new InvalidOperationException("vacances n'a pas démarré"));
    }

    /// <summary>Waits for the exit; fails with the log when the code is not 0.</summary>
    public void WaitForSuccess(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"vacances n'a pas fini en {timeout}.\n{Log}");
        }
        _process.WaitForExit();
        if (_process.ExitCode != 0) throw new InvalidOperationException($"vacances : code {_process.ExitCode}\n{Log}");
    }

    /// <summary>SIGKILL: no chance to finish or hand back its jobs.</summary>
    public void KillHard()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>Kills the process if it still runs (an idle worker once its measurement is over).</summary>
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

    private static string Path
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{System.IO.Path.DirectorySeparatorChar}Release{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                ? "Release"
                : "Debug";
            var path = System.IO.Path.Combine(RepositoryPaths.Root, "jobs", "bin", configuration, "net10.0", "vacances");
            return File.Exists(path) ? path : throw new FileNotFoundException("Exécutable vacances introuvable (construire jobs/)", path);
        }
    }
}
