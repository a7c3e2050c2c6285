using Spectre.Console;
using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Pipeline.Client;

/// <summary>Progress on a terminal: one Spectre.Console bar per step, filled as its chunks finish.</summary>
public sealed class LiveRunProgress(IAnsiConsole console) : IRunProgress
{
    public async Task<RunState> WatchAsync(Func<RunState> poll, CancellationToken cancellation)
    {
        RunState? final = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var bars = PipelineStep.All.ToDictionary(s => s, s => context.AddTask(PipelineStep.Label(s), autoStart: false, maxValue: 1));
                while (true)
                {
                    var state = RunPolling.Poll(poll);
                    foreach (var step in RunPolling.Ordered(state))
                    {
                        if (!bars.TryGetValue(step.Step, out var bar)) continue;
                        if (!bar.IsStarted) bar.StartTask();
                        bar.MaxValue = Math.Max(step.Total, 1);
                        bar.Value = step.Done;
                    }
                    if (state is { Status: not RunStatus.Running })
                    {
                        if (state.Status == RunStatus.Succeeded)
                            foreach (var bar in bars.Values) bar.Value = bar.MaxValue;
                        final = state;
                        return;
                    }
                    await Task.Delay(RunPolling.Interval, cancellation);
                }
            });
        return final!;
    }
}
