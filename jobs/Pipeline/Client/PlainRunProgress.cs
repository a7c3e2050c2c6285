using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Pipeline.Client;

/// <summary>
/// Progress as plain lines (output redirected, CI): one line each time a step's count of finished chunks
/// changes, e.g. « Éligibilité aux aides : 12/27 ».
/// </summary>
public sealed class PlainRunProgress(TextWriter output) : IRunProgress
{
    public async Task<RunState> WatchAsync(Func<RunState> poll, CancellationToken cancellation)
    {
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        while (true)
        {
            var state = RunPolling.Poll(poll);
            foreach (var step in RunPolling.Ordered(state))
            {
                if (shown.TryGetValue(step.Step, out var done) && done == step.Done) continue;
                shown[step.Step] = step.Done;
                await output.WriteLineAsync($"{PipelineStep.Label(step.Step)} : {step.Done}/{step.Total}");
            }
            if (state is { Status: not RunStatus.Running }) return state;
            await Task.Delay(RunPolling.Interval, cancellation);
        }
    }
}
