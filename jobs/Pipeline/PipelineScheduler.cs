using Hangfire;
using Vacances.Ingest.Errors;
using Vacances.Jobs.Pipeline.Jobs;
using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Pipeline;

/// <summary>
/// Enqueues the pipeline's jobs: one ingest job per input file; when the last ingest completes, the planning
/// of eligibility, which fans out per chunk; when the last chunk completes, flows → survey → indicators →
/// reports as a chain of continuations (each waits on its one parent, which is all Hangfire continuations do).
/// </summary>
public sealed class PipelineScheduler(IRunLedger ledger, IBackgroundJobClient client)
{
    /// <summary>
    /// Records the run with its input files and enqueues their ingest: all of them, or only
    /// <paramref name="toIngest"/> when the others are already in the store (the inbox's new files).
    /// </summary>
    public void Submit(string runId, IReadOnlyList<RunInput> inputs, IReadOnlyCollection<string>? toIngest = null, string? deliverTo = null)
    {
        if (inputs.Count == 0) throw new InvalidInputException(runId, null, null, "aucun fichier à traiter");
        ledger.CreateRun(runId, inputs, deliverTo);
        var names = inputs.Select(i => i.Name).Where(n => toIngest is null || toIngest.Contains(n)).Order(StringComparer.Ordinal).ToList();
        ledger.OpenStep(runId, PipelineStep.Ingest, names);
        foreach (var name in names) client.Enqueue<IngestJob>(j => j.Run(runId, name, null));
        if (names.Count == 0) AfterIngest(runId);
    }

    /// <summary>Fan-in of the ingest: called by the ingest job that completed the last file.</summary>
    public void AfterIngest(string runId) => client.Enqueue<EligibilityJob>(j => j.Plan(runId, null));

    /// <summary>Fan-in of eligibility: the single-job steps, as continuations.</summary>
    public void AfterEligibility(string runId)
    {
        var flows = client.Enqueue<FlowsJob>(j => j.Run(runId, null));
        var survey = client.ContinueJobWith<SurveyJob>(flows, j => j.Run(runId, null));
        var indicators = client.ContinueJobWith<IndicatorsJob>(survey, j => j.Run(runId, null));
        client.ContinueJobWith<ReportsJob>(indicators, j => j.Run(runId, null));
    }
}
