using Hangfire;
using Hangfire.Server;

namespace Vacances.Jobs.Pipeline.Jobs;

/// <summary>Merges the eligibility chunks into <c>eligibility.csv</c> and reconstructs the aid flows (queue <c>compute</c>).</summary>
[Queue(PipelineQueues.Compute)]
[AutomaticRetry(Attempts = JobRunner.RetryAttempts, DelaysInSeconds = new[] { 1, 3, 6, 10, 20, 40 }, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class FlowsJob(PipelineServices services)
{
    public void Run(string runId, PerformContext? context) =>
        SingleStep.Run(services, runId, PipelineStep.Flows, context, ws =>
        {
            ChunkArtefacts.Merge(ws.RunDirectory, PipelineStep.Eligibility);
            services.Steps.Flows(ws);
        }, withChunks: true);
}
