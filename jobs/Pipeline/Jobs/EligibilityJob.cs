using Hangfire;
using Hangfire.Server;

namespace Vacances.Jobs.Pipeline.Jobs;

/// <summary>
/// Eligibility, fanned out (queue <c>compute</c>): <see cref="Plan"/> asks the step for its chunks and enqueues
/// one <see cref="Run"/> per chunk; each chunk's <c>eligibility.csv</c> is stored under
/// <c>.chunks/eligibility/&lt;chunk&gt;.csv</c>, and the chunk that completes the step enqueues the rest.
/// </summary>
[Queue(PipelineQueues.Compute)]
[AutomaticRetry(Attempts = JobRunner.RetryAttempts, DelaysInSeconds = new[] { 1, 3, 6, 10, 20, 40 }, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
public sealed class EligibilityJob(PipelineServices services)
{
    /// <summary>The file a chunk writes in its run folder.</summary>
    public const string ChunkOutput = "eligibility.csv";

    public void Plan(string runId, PerformContext? context)
    {
        IReadOnlyList<string> chunks = [];
        if (!new JobRunner(services).Run(runId, context, ws => chunks = services.Steps.EligibilityChunks(ws))) return;
        var scheduler = new PipelineScheduler(services.Ledger, services.Client);
        services.Ledger.OpenStep(runId, PipelineStep.Eligibility, chunks);
        if (chunks.Count == 0)
        {
            scheduler.AfterEligibility(runId);
            return;
        }
        foreach (var chunk in chunks) services.Client.Enqueue<EligibilityJob>(j => j.Run(runId, chunk, null));
    }

    public void Run(string runId, string chunk, PerformContext? context)
    {
        var stored = ChunkArtefacts.PathOf(PipelineStep.Eligibility, chunk);
        if (!new JobRunner(services).Run(runId, context, ws => services.Steps.Eligibility(ws, chunk),
                path => path == ChunkOutput ? stored : path)) return;
        if (services.Ledger.CompleteChunk(runId, PipelineStep.Eligibility, chunk))
            new PipelineScheduler(services.Ledger, services.Client).AfterEligibility(runId);
    }
}
