using System.Collections.Concurrent;
using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Pipeline;

/// <summary>
/// Materialises a run's state from the ledger into local folders for one job, and stores back what the job
/// wrote. Inputs are written once per run and process (they never change); the artefacts are given (linked or
/// copied, <see cref="IRunLedger.CopyArtefact"/>) to a fresh folder per job, so two jobs of one process never share a folder. Any machine can take any job: only
/// the ledger is shared.
/// </summary>
public sealed class RunWorkspaces(IRunLedger ledger, string workRoot)
{
    /// <summary>Artefacts under this prefix are the chunks of a fanned-out step, not outputs.</summary>
    public const string ChunkPrefix = ".chunks/";

    private readonly ConcurrentDictionary<string, Lazy<string>> _dataDirectories = new(StringComparer.Ordinal);
    private readonly string _root = Path.Combine(Path.GetFullPath(workRoot), $"p{Environment.ProcessId}");

    /// <summary>
    /// Runs <paramref name="work"/> in a workspace of the run, then stores every file it created or changed in the
    /// run folder under <paramref name="storeAs"/>(relative path) — identity for single steps. The workspace holds
    /// the run's artefacts except the chunks of fanned-out steps (<see cref="ChunkPrefix"/>), which only the
    /// fan-in that merges them needs (<paramref name="withChunks"/>): a chunk job does not download the chunks
    /// the others stored before it.
    /// </summary>
    public void Run(string runId, Action<StepWorkspace> work, Func<string, string>? storeAs = null, bool withChunks = false)
    {
        var data = DataDirectory(runId);
        var runDirectory = Path.Combine(_root, runId, "job-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(runDirectory);
            foreach (var path in ledger.ArtefactPaths(runId))
                if (withChunks || !path.StartsWith(ChunkPrefix, StringComparison.Ordinal))
                    ledger.CopyArtefact(runId, path, Inside(runDirectory, path));
            var before = Snapshot(runDirectory);
            work(new StepWorkspace(data, runDirectory));
            foreach (var (path, stamp) in Snapshot(runDirectory).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (before.TryGetValue(path, out var old) && old == stamp) continue;
                ledger.PutArtefact(runId, storeAs?.Invoke(path) ?? path, Path.Combine(runDirectory, path));
            }
        }
        finally
        {
            if (Directory.Exists(runDirectory)) Directory.Delete(runDirectory, recursive: true);
        }
    }

    private string DataDirectory(string runId)
    {
        var lazy = _dataDirectories.GetOrAdd(runId, id => new Lazy<string>(() => MaterialiseInputs(id)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            _dataDirectories.TryRemove(new KeyValuePair<string, Lazy<string>>(runId, lazy));
            throw;
        }
    }

    /// <summary>Removes this process's folders (at server shutdown).</summary>
    public void Clean()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private string MaterialiseInputs(string runId)
    {
        var directory = Path.Combine(_root, runId, "data");
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        foreach (var name in ledger.InputNames(runId)) ledger.CopyInput(runId, name, Inside(directory, name));
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>The full path of <paramref name="relativePath"/> under <paramref name="root"/>, refused if it leads outside.</summary>
    private static string Inside(string root, string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!full.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"Chemin hors du dossier de travail : {relativePath}");
        return full;
    }

    /// <summary>
    /// Each file's size and last write time: what a job created or rewrote differs from the files it was given. Stamps,
    /// not hashes: the artefacts a job is given may be gigabytes, and reading them twice per job would cost more than the step.
    /// </summary>
    private static Dictionary<string, (long Length, DateTime Written)> Snapshot(string root) =>
        new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f.FullName).Replace(Path.DirectorySeparatorChar, '/'),
            f => (f.Length, f.LastWriteTimeUtc),
            StringComparer.Ordinal);
}
