using Hangfire;
using Hangfire.Server;
using Vacances.Jobs.Pipeline.Client;

namespace Vacances.Jobs.Pipeline.Jobs;

/// <summary>The reports (queue <c>reports</c>): the last job; it delivers the outputs of a run nobody waits for (the inbox's) and marks the run succeeded.</summary>
[Queue(PipelineQueues.Reports)]
[AutomaticRetry(Attempts = JobRunner.RetryAttempts, DelaysInSeconds = new[] { 1, 3, 6, 10, 20, 40 }, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class ReportsJob(PipelineServices services)
{
    public void Run(string runId, PerformContext? context)
    {
        if (!SingleStep.Run(services, runId, PipelineStep.Reports, context, services.Steps.Reports)) return;
        if (services.Ledger.DeliveryDirectory(runId) is { } directory) RunFiles.WriteOutputs(services.Ledger, runId, directory);
        services.Ledger.Succeed(runId);
    }
}
