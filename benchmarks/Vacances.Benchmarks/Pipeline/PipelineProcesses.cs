using Vacances.Jobs.Pipeline;
using Vacances.TestSupport;

namespace Vacances.Benchmarks.Pipeline;

/// <summary>The <c>vacances</c> processes of the pipeline benchmarks, optionally on other steps than the product's.</summary>
internal static class PipelineProcesses
{
    /// <summary>Starts <c>vacances <paramref name="arguments"/></c> in <paramref name="workingDirectory"/>, on <paramref name="steps"/> when given.</summary>
    public static VacancesExecutable Start(string workingDirectory, Type? steps, params string[] arguments) =>
        VacancesExecutable.Start(workingDirectory, steps is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { [PipelineStepsFactory.OverrideVariable] = $"{steps.Assembly.Location}|{steps.FullName}" }, arguments);

    /// <summary>Waits for the exit; fails with the process's log when the code is not 0.</summary>
    public static void WaitForSuccess(this VacancesExecutable process, TimeSpan timeout)
    {
        var code = process.WaitForExitAsync(timeout).GetAwaiter().GetResult();
        if (code != 0) throw new InvalidOperationException($"vacances : code {code}\n{process.Log}");
    }
}
