using Hangfire.Server;

namespace Vacances.Jobs.Pipeline.Jobs;

/// <summary>A step that is one job: registered in the ledger as one chunk, for the progress display.</summary>
internal static class SingleStep
{
    /// <summary>Runs the step (given the chunks of the step before when it merges them); returns false when the run has failed (now or before).</summary>
    public static bool Run(PipelineServices services, string runId, string step, PerformContext? context, Action<StepWorkspace> work, bool withChunks = false)
    {
        services.Ledger.OpenStep(runId, step, [step]);
        if (!new JobRunner(services).Run(runId, context, work, withChunks: withChunks)) return false;
        services.Ledger.CompleteChunk(runId, step, step);
        return true;
    }
}
