using Vacances.Ingest.Errors;
using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Pipeline.Client;

/// <summary>
/// The files that go into a run and what comes out of it: an operation folder read as the run's inputs
/// (every file, hidden ones excluded, ordinal order), and the run's artefacts written to the output folder
/// (chunks excluded), byte for byte as the jobs stored them.
/// </summary>
public static class RunFiles
{
    /// <summary>Lists an operation folder's files (their content is copied when the run is recorded); refuses a missing or empty one (exit 1).</summary>
    public static IReadOnlyList<RunInput> ReadOperationFolder(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root)) throw new InvalidInputException(directory, null, null, "dossier introuvable");
        var inputs = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(name => !name.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .Select(name => new RunInput(name, Path.Combine(root, name)))
            .ToList();
        if (inputs.Count == 0) throw new InvalidInputException(directory, null, null, "aucun fichier dans ce dossier");
        return inputs;
    }

    /// <summary>Writes the run's outputs under <paramref name="outputDirectory"/>; returns how many files.</summary>
    public static int WriteOutputs(IRunLedger ledger, string runId, string outputDirectory)
    {
        var root = Path.GetFullPath(outputDirectory);
        var written = 0;
        foreach (var path in ledger.ArtefactPaths(runId))
        {
            if (path.StartsWith(RunWorkspaces.ChunkPrefix, StringComparison.Ordinal)) continue;
            var full = Path.GetFullPath(Path.Combine(root, path));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.Delete(full);
            ledger.CopyArtefact(runId, path, full);
            written++;
        }
        return written;
    }
}
