using System.Diagnostics;
using System.Text;
using Vacances.Jobs.Pipeline;
using Vacances.TestSupport;

namespace Vacances.Jobs.Tests.Pipeline;

/// <summary>
/// The built <c>vacances</c> executable (<c>jobs/bin/&lt;configuration&gt;/net10.0/vacances</c>) as a separate
/// process, running steps of this assembly (<see cref="DigestSteps"/> unless told otherwise). Its output is collected
/// for failure messages.
/// </summary>
internal sealed class VacancesProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private VacancesProcess(Process process)
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

    /// <summary>Starts <c>vacances</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static VacancesProcess Start(string workingDirectory, int chunkDelayMilliseconds, params string[] arguments) =>
        StartWith(typeof(DigestSteps), workingDirectory, chunkDelayMilliseconds, arguments);

    /// <summary>Starts <c>vacances</c> on the steps <paramref name="steps"/> (an <see cref="IPipelineSteps"/> of this assembly).</summary>
    public static VacancesProcess StartWith(Type steps, string workingDirectory, int chunkDelayMilliseconds, params string[] arguments)
    {
        Directory.CreateDirectory(workingDirectory);
        var info = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment[PipelineStepsFactory.OverrideVariable] = $"{steps.Assembly.Location}|{steps.FullName}";
        info.Environment[DigestSteps.DelayVariable] = chunkDelayMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["CI"] = "true";
        return new VacancesProcess(Process.Start(info) ?? throw new InvalidOperationException("vacances n'a pas démarré"));
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

    private static string Executable
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                ? "Release"
                : "Debug";
            var path = Path.Combine(RepositoryPaths.Root, "jobs", "bin", configuration, "net10.0", "vacances");
            return File.Exists(path) ? path : throw new FileNotFoundException("Exécutable vacances introuvable (construire jobs/)", path);
        }
    }
}
