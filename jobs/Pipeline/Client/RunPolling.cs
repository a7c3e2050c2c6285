using Vacances.Ingest.Errors;
using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Pipeline.Client;

/// <summary>What both progress displays share: the poll interval, tolerance of a ledger briefly unreachable, step order.</summary>
internal static class RunPolling
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>The run's state, or null while the ledger is unreachable (a restarting database): the client keeps waiting.</summary>
    public static RunState? Poll(Func<RunState> poll)
    {
        try
        {
            return poll();
        }
        catch (InfrastructureException)
        {
            return null;
        }
    }

    /// <summary>The steps of a state in pipeline order (none while unknown).</summary>
    public static IEnumerable<StepProgress> Ordered(RunState? state) =>
        state is null ? [] : state.Steps.OrderBy(s => IndexOf(s.Step));

    private static int IndexOf(string step)
    {
        for (var i = 0; i < PipelineStep.All.Count; i++)
            if (PipelineStep.All[i] == step) return i;
        return int.MaxValue;
    }
}
