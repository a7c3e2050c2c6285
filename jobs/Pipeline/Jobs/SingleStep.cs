using Hangfire.Server;

namespace Vacances.Jobs.Pipeline.Jobs;

/// <summary>A step that is one job: registered in the ledger as one chunk, for the progress display.</summary>
internal static class SingleStep
{
    /// <summary>Runs the step; returns false when the run has failed (now or before).</summary>
    public static bool Run(PipelineServices services, string runId, string step, PerformContext? context, Action<StepWorkspace> work)
    {
        services.Ledger.OpenStep(runId, step, [step]);
        if (!new JobRunner(services).Run(runId, context, work)) return false;
        services.Ledger.CompleteChunk(runId, step, step);
        return true;
    }
}
