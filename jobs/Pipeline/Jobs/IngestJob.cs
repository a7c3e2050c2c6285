using Hangfire;
using Hangfire.Server;

namespace Vacances.Jobs.Pipeline.Jobs;

/// <summary>Ingests one input file of a run (queue <c>ingest</c>); the last file to finish starts eligibility.</summary>
[Queue(PipelineQueues.Ingest)]
[AutomaticRetry(Attempts = JobRunner.RetryAttempts, DelaysInSeconds = new[] { 1, 3, 6, 10, 20, 40 }, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class IngestJob(PipelineServices services)
{
    public void Run(string runId, string file, PerformContext? context)
    {
        if (!new JobRunner(services).Run(runId, context, ws => services.Steps.Ingest(ws, file))) return;
        if (services.Ledger.CompleteChunk(runId, PipelineStep.Ingest, file))
            new PipelineScheduler(services.Ledger, services.Client).AfterIngest(runId);
    }
}
