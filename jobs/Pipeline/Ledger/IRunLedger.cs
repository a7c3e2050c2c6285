namespace Vacances.Jobs.Pipeline.Ledger;

/// <summary>
/// The durable state of pipeline runs, shared by every process that works on them: the run's input files, the
/// fan-out counters, the artefacts each step wrote and the run's outcome. Two adapters: PostgreSQL for server
/// mode (several workers on several machines) and in-process for the embedded <c>vacances bilan</c>.
/// Every write is idempotent, so that a retried job leaves the same state.
/// </summary>
public interface IRunLedger
{
    /// <summary>
    /// Records a new run and a copy of its input files (name relative to the operation folder → content), and where the
    /// last job writes its outputs when no client waits for them (the inbox's runs), or null.
    /// </summary>
    void CreateRun(string runId, IReadOnlyList<RunInput> inputs, string? deliverTo);

    /// <summary>Where the run's outputs are delivered by the last job, or null when a client collects them.</summary>
    string? DeliveryDirectory(string runId);

    /// <summary>The names of the run's input files, ordinal order.</summary>
    IReadOnlyList<string> InputNames(string runId);

    /// <summary>
    /// Writes the content of the run's input <paramref name="name"/> to the local file <paramref name="destination"/>
    /// (which must not exist). The destination may share the ledger's storage (a hard link): it is read, never
    /// rewritten in place.
    /// </summary>
    void CopyInput(string runId, string name, string destination);

    /// <summary>
    /// Registers the chunks of a fanned-out step. Idempotent: a second call with the same chunks changes
    /// nothing, so a retried planning job does not reset the counter.
    /// </summary>
    void OpenStep(string runId, string step, IReadOnlyList<string> chunks);

    /// <summary>
    /// Marks one chunk done and decrements the step's counter atomically, once per chunk however often it is
    /// called. Returns true when no chunk of the step remains, i.e. the caller must enqueue what follows. A
    /// retried chunk whose first attempt already completed the step also gets true: enqueuing the next step
    /// twice is harmless because every job is idempotent, while never enqueuing it would stall the run.
    /// </summary>
    bool CompleteChunk(string runId, string step, string chunk);

    /// <summary>
    /// Stores (or overwrites with the same bytes, on a retry) one artefact of the run: the content of the local file
    /// <paramref name="file"/>, streamed — an artefact may be larger than memory (the merged eligibility of a
    /// national operation). The ledger may keep the file itself (a hard link): the caller only deletes it afterwards.
    /// </summary>
    void PutArtefact(string runId, string path, string file);

    /// <summary>Paths of the run's artefacts, ordinal order, <c>/</c>-separated.</summary>
    IReadOnlyList<string> ArtefactPaths(string runId);

    /// <summary>
    /// Writes the artefact at <paramref name="path"/> to the local file <paramref name="destination"/> (which must not
    /// exist), streamed. As for <see cref="CopyInput"/>, the destination may share the ledger's storage.
    /// </summary>
    void CopyArtefact(string runId, string path, string destination);

    /// <summary>Marks the run done; a failed run stays failed.</summary>
    void Succeed(string runId);

    /// <summary>Marks the run failed with the CLI exit code and French message; the first failure wins.</summary>
    void Fail(string runId, int exitCode, string message);

    /// <summary>The run's outcome and per-step progress.</summary>
    RunState State(string runId);

    /// <summary>
    /// The inbox's claim, atomic (DESIGN §10, the same file dropped twice is ingested once): in one transaction,
    /// claims for <paramref name="runId"/> the contents no run has claimed yet and, when there is one, records the
    /// run with its <paramref name="inputs"/> as <see cref="CreateRun"/> does. Returns the names of the files the run
    /// holds claims on — empty when nothing is new, and then no run is recorded. Called again with the same run id
    /// (a retried scan), it returns the same names, so a scan that died between the claim and the enqueuing of the
    /// ingest jobs still submits its run; a claim never exists without its run.
    /// </summary>
    IReadOnlyCollection<string> ClaimInboxRun(string runId, IReadOnlyList<InboxClaim> claims, IReadOnlyList<RunInput> inputs, string? deliverTo);
}
