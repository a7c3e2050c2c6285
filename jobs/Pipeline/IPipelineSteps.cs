namespace Vacances.Jobs.Pipeline;

/// <summary>
/// The pure computations the pipeline chains, seen from the job layer: each step reads the operation's files
/// (<see cref="StepWorkspace.DataDirectory"/>) and the artefacts of the steps before it, and writes its own
/// artefacts under <see cref="StepWorkspace.RunDirectory"/> — deterministically, so that a retried job
/// rewrites identical bytes. A step creates its files and never rewrites in place a file it was given (the embedded
/// ledger shares them by hard links, <see cref="Ledger.IRunLedger.CopyArtefact"/>). Implementations hold no Hangfire type and the jobs hold no rule: a job loads,
/// calls its step, stores (DESIGN §2). A refused input is an <c>InvalidInputException</c>; anything else is
/// retried by Hangfire.
/// </summary>
public interface IPipelineSteps
{
    /// <summary>Validates and stores one input file (idempotent by content hash), writing its ingest report.</summary>
    /// <param name="file">Path relative to the operation folder, <c>/</c>-separated, e.g. <c>survey/partants.csv</c>.</param>
    void Ingest(StepWorkspace workspace, string file);

    /// <summary>
    /// The chunks the eligibility step fans out to (e.g. one per residence commune, plus one for the
    /// requests), in a stable order. Chunks must partition the work so that no rule crosses two chunks.
    /// </summary>
    IReadOnlyList<string> EligibilityChunks(StepWorkspace workspace);

    /// <summary>
    /// Evaluates one chunk and writes <c>eligibility/&lt;chunk&gt;.csv</c> with the header of the results
    /// contract (DESIGN §4.3); the job layer concatenates the chunks into <c>eligibility.csv</c> in chunk order.
    /// </summary>
    void Eligibility(StepWorkspace workspace, string chunk);

    /// <summary>Reconstructs the aid flows (DESIGN §4.4) from the data and <c>eligibility.csv</c>; writes <c>flows.csv</c>.</summary>
    void Flows(StepWorkspace workspace);

    /// <summary>Survey estimates and verbatim classification (DESIGN §6, §7) under <c>survey/</c>.</summary>
    void Survey(StepWorkspace workspace);

    /// <summary>The indicator catalogue computed (DESIGN §5): <c>indicators.csv</c>.</summary>
    void Indicators(StepWorkspace workspace);

    /// <summary>The bilan, per-commune fiches and funder reports (DESIGN §8), HTML and PDF, the quality report.</summary>
    void Reports(StepWorkspace workspace);
}
