using Hangfire;
using Hangfire.Server;

namespace Vacances.Jobs.Pipeline.Jobs;

/// <summary>The reports (queue <c>reports</c>): the last job; it marks the run succeeded.</summary>
[Queue(PipelineQueues.Reports)]
[AutomaticRetry(Attempts = JobRunner.RetryAttempts, DelaysInSeconds = new[] { 1, 3, 6, 10, 20, 40 }, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class ReportsJob(PipelineServices services)
{
    public void Run(string runId, PerformContext? context)
    {
        if (SingleStep.Run(services, runId, PipelineStep.Reports, context, services.Steps.Reports))
            services.Ledger.Succeed(runId);
    }
}
