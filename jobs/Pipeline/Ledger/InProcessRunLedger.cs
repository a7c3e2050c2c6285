namespace Vacances.Jobs.Pipeline.Ledger;

/// <summary>
/// The ledger of the embedded mode (<c>vacances bilan</c>): Hangfire.InMemory and its server live in this
/// process, so the run state does too. One lock guards everything; the counter semantics are those of
/// <see cref="PostgresRunLedger"/> (a chunk counts once, the step completes when none remains).
/// </summary>
public sealed class InProcessRunLedger : IRunLedger
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Run> _runs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _inboxClaims = new(StringComparer.Ordinal);

    public void CreateRun(string runId, IReadOnlyList<RunInput> inputs, string? deliverTo)
    {
        lock (_gate)
        {
            if (_runs.ContainsKey(runId)) return;
            _runs[runId] = new Run([.. inputs.OrderBy(i => i.Name, StringComparer.Ordinal)], deliverTo);
        }
    }

    public string? DeliveryDirectory(string runId)
    {
        lock (_gate) return Get(runId).DeliverTo;
    }

    public IReadOnlyList<RunInput> Inputs(string runId)
    {
        lock (_gate) return Get(runId).Inputs;
    }

    public void OpenStep(string runId, string step, IReadOnlyList<string> chunks)
    {
        lock (_gate)
        {
            var run = Get(runId);
            if (run.Steps.ContainsKey(step)) return;
            run.Steps[step] = chunks.Distinct(StringComparer.Ordinal).ToDictionary(c => c, _ => false, StringComparer.Ordinal);
        }
    }

    public bool CompleteChunk(string runId, string step, string chunk)
    {
        lock (_gate)
        {
            var chunks = Get(runId).Steps.TryGetValue(step, out var c)
                ? c
                : throw new InvalidOperationException($"Étape {step} non ouverte pour l'exécution {runId}.");
            if (!chunks.ContainsKey(chunk)) throw new InvalidOperationException($"Morceau inconnu {step}/{chunk} ({runId}).");
            chunks[chunk] = true;
            return chunks.Values.All(done => done);
        }
    }

    public void PutArtefact(string runId, string path, byte[] content)
    {
        lock (_gate) Get(runId).Artefacts[path] = content;
    }

    public IReadOnlyList<string> ArtefactPaths(string runId)
    {
        lock (_gate) return [.. Get(runId).Artefacts.Keys.Order(StringComparer.Ordinal)];
    }

    public byte[] ReadArtefact(string runId, string path)
    {
        lock (_gate) return Get(runId).Artefacts[path];
    }

    public void Succeed(string runId)
    {
        lock (_gate)
        {
            var run = Get(runId);
            if (run.Status == RunStatus.Running) run.Status = RunStatus.Succeeded;
        }
    }

    public void Fail(string runId, int exitCode, string message)
    {
        lock (_gate)
        {
            var run = Get(runId);
            if (run.Status == RunStatus.Failed) return;
            (run.Status, run.ExitCode, run.Message) = (RunStatus.Failed, exitCode, message);
        }
    }

    public RunState State(string runId)
    {
        lock (_gate)
        {
            var run = Get(runId);
            var steps = run.Steps.Select(s => new StepProgress(s.Key, s.Value.Values.Count(d => d), s.Value.Count)).ToList();
            return new RunState(run.Status, run.ExitCode, run.Message, steps);
        }
    }

    public IReadOnlyCollection<string> ClaimInboxRun(string runId, IReadOnlyList<InboxClaim> claims, IReadOnlyList<RunInput> inputs, string? deliverTo)
    {
        lock (_gate)
        {
            foreach (var claim in claims) _inboxClaims.TryAdd(claim.ContentHash, runId);
            var claimed = claims.Where(c => _inboxClaims[c.ContentHash] == runId).Select(c => c.FileName).ToHashSet(StringComparer.Ordinal);
            if (claimed.Count > 0) CreateRun(runId, inputs, deliverTo);
            return claimed;
        }
    }

    private Run Get(string runId) =>
        _runs.TryGetValue(runId, out var run) ? run : throw new InvalidOperationException($"Exécution inconnue : {runId}.");

    private sealed class Run(IReadOnlyList<RunInput> inputs, string? deliverTo)
    {
        public IReadOnlyList<RunInput> Inputs { get; } = inputs;
        public string? DeliverTo { get; } = deliverTo;
        public Dictionary<string, Dictionary<string, bool>> Steps { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, byte[]> Artefacts { get; } = new(StringComparer.Ordinal);
        public RunStatus Status { get; set; } = RunStatus.Running;
        public int? ExitCode { get; set; }
        public string? Message { get; set; }
    }
}
