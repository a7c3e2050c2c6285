using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Pipeline.Client;

/// <summary>Shows a run's progress while the client waits: a live display on a terminal, plain lines otherwise.</summary>
public interface IRunProgress
{
    /// <summary>Polls <paramref name="poll"/> until the run is no longer running, showing each step's progress.</summary>
    Task<RunState> WatchAsync(Func<RunState> poll, CancellationToken cancellation);
}
