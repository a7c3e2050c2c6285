namespace Vacances.Jobs.Pipeline.Ledger;

/// <summary>
/// The ledger of the embedded mode (<c>vacances bilan</c>): Hangfire.InMemory and its server live in this
/// process, so the run state does too. One lock guards everything; the counter semantics are those of
/// <see cref="PostgresRunLedger"/> (a chunk counts once, the step completes when none remains). Inputs and
/// artefacts are files in a folder of the ledger's own, not bytes in memory: a run of a national operation holds
/// gigabytes of them (<see cref="LocalFiles"/>). The folder is deleted when the ledger is disposed.
/// </summary>
public sealed class InProcessRunLedger : IRunLedger, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Run> _runs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _inboxClaims = new(StringComparer.Ordinal);
    private readonly string _folder;
    private long _files;

    /// <summary>A ledger keeping its files in a new temporary folder.</summary>
    public InProcessRunLedger()
        : this(Directory.CreateTempSubdirectory("vacances-registre-").FullName)
    {
    }

    /// <summary>A ledger keeping its files in <paramref name="folder"/> (created; best on the file system of the jobs' folders, so that files are linked rather than copied).</summary>
    public InProcessRunLedger(string folder)
    {
        _folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(_folder);
    }

    public void CreateRun(string runId, IReadOnlyList<RunInput> inputs, string? deliverTo)
    {
        lock (_gate)
        {
            if (_runs.ContainsKey(runId)) return;
            var run = new Run(deliverTo);
            // A copy, not a link: the operation's own files may be edited while the run goes on.
            foreach (var input in inputs.OrderBy(i => i.Name, StringComparer.Ordinal))
            {
                var stored = NewFile();
                File.Copy(input.File, stored);
                run.Inputs[input.Name] = stored;
            }
            _runs[runId] = run;
        }
    }

    public string? DeliveryDirectory(string runId)
    {
        lock (_gate) return Get(runId).DeliverTo;
    }

    public IReadOnlyList<string> InputNames(string runId)
    {
        lock (_gate) return [.. Get(runId).Inputs.Keys];
    }

    public void CopyInput(string runId, string name, string destination) => LinkOut(runId, r => r.Inputs, name, destination);

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

    public void PutArtefact(string runId, string path, string file)
    {
        var stored = NewFile();
        LocalFiles.LinkOrCopy(file, stored);
        string? replaced;
        lock (_gate)
        {
            var artefacts = Get(runId).Artefacts;
            artefacts.TryGetValue(path, out replaced);
            artefacts[path] = stored;
        }
        // The name is dropped, not the content: a job that linked the old version still reads it whole.
        if (replaced is not null) File.Delete(replaced);
    }

    public IReadOnlyList<string> ArtefactPaths(string runId)
    {
        lock (_gate) return [.. Get(runId).Artefacts.Keys];
    }

    public void CopyArtefact(string runId, string path, string destination) => LinkOut(runId, r => r.Artefacts, path, destination);

    /// <summary>Links (or copies) the stored file <paramref name="key"/> of one of a run's file sets to <paramref name="destination"/>.</summary>
    private void LinkOut(string runId, Func<Run, SortedDictionary<string, string>> files, string key, string destination)
    {
        string stored;
        lock (_gate) stored = files(Get(runId))[key];
        LocalFiles.LinkOrCopy(stored, destination);
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

    /// <summary>Deletes the ledger's folder: the runs' inputs and artefacts (outputs already written elsewhere keep their content).</summary>
    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A fresh name in the ledger's folder: stored files are numbered, never named after user paths.</summary>
    private string NewFile() => Path.Combine(_folder, Interlocked.Increment(ref _files).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private Run Get(string runId) =>
        _runs.TryGetValue(runId, out var run) ? run : throw new InvalidOperationException($"Exécution inconnue : {runId}.");

    private sealed class Run(string? deliverTo)
    {
        public string? DeliverTo { get; } = deliverTo;
        public SortedDictionary<string, string> Inputs { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Dictionary<string, bool>> Steps { get; } = new(StringComparer.Ordinal);
        public SortedDictionary<string, string> Artefacts { get; } = new(StringComparer.Ordinal);
        public RunStatus Status { get; set; } = RunStatus.Running;
        public int? ExitCode { get; set; }
        public string? Message { get; set; }
    }
}
