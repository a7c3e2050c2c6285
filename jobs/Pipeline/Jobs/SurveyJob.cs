using Hangfire;
using Hangfire.Server;

namespace Vacances.Jobs.Pipeline.Jobs;

/// <summary>Survey estimates and verbatim classification (queue <c>compute</c>).</summary>
[Queue(PipelineQueues.Compute)]
[AutomaticRetry(Attempts = JobRunner.RetryAttempts, DelaysInSeconds = new[] { 1, 3, 6, 10, 20, 40 }, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class SurveyJob(PipelineServices services)
{
    public void Run(string runId, PerformContext? context) =>
        SingleStep.Run(services, runId, PipelineStep.Survey, context, services.Steps.Survey);
}
