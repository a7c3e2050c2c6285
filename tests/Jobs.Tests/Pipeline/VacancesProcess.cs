using System.Globalization;
using Vacances.Jobs.Pipeline;
using Vacances.TestSupport;

namespace Vacances.Jobs.Tests.Pipeline;

/// <summary>
/// Starts the built <c>vacances</c> executable on steps of this assembly (<see cref="DigestSteps"/> unless told
/// otherwise), with the per-chunk delay that lets a fault strike mid-run.
/// </summary>
internal static class VacancesProcess
{
    /// <summary>Starts <c>vacances</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static VacancesExecutable Start(string workingDirectory, int chunkDelayMilliseconds, params string[] arguments) =>
        StartWith(typeof(DigestSteps), workingDirectory, chunkDelayMilliseconds, arguments);

    /// <summary>Starts <c>vacances</c> on the steps <paramref name="steps"/> (an <see cref="IPipelineSteps"/> of this assembly).</summary>
    public static VacancesExecutable StartWith(Type steps, string workingDirectory, int chunkDelayMilliseconds, params string[] arguments) =>
        VacancesExecutable.Start(workingDirectory, new Dictionary<string, string>
        {
            [PipelineStepsFactory.OverrideVariable] = $"{steps.Assembly.Location}|{steps.FullName}",
            [DigestSteps.DelayVariable] = chunkDelayMilliseconds.ToString(CultureInfo.InvariantCulture),
        }, arguments);
}
