using System.Diagnostics;
using Vacances.Jobs.Pipeline;

namespace Vacances.Benchmarks.Pipeline;

/// <summary>
/// The pipeline called directly, without Hangfire, ledger or workspaces: the same steps in the order the jobs chain
/// them, in this process, one after the other — ingest per file, eligibility per chunk with the same merge
/// (<see cref="ChunkArtefacts"/>), flows, survey, indicators, reports. The baseline of the Hangfire overhead.
/// </summary>
internal static class DirectPipeline
{
    /// <summary>Runs the steps on <paramref name="data"/>, outputs in <paramref name="runDirectory"/>; returns each step's time.</summary>
    public static IReadOnlyList<(string Step, TimeSpan Time)> Run(IPipelineSteps steps, string data, string runDirectory)
    {
        Directory.CreateDirectory(runDirectory);
        var workspace = new StepWorkspace(data, runDirectory);
        var times = new List<(string, TimeSpan)>();
        var clock = Stopwatch.StartNew();
        foreach (var file in InputNames(data)) steps.Ingest(workspace, file);
        times.Add((PipelineStep.Ingest, clock.Elapsed));
        clock.Restart();
        foreach (var chunk in steps.EligibilityChunks(workspace))
        {
            steps.Eligibility(workspace, chunk);
            var stored = Path.Combine(runDirectory, ChunkArtefacts.PathOf(PipelineStep.Eligibility, chunk));
            Directory.CreateDirectory(Path.GetDirectoryName(stored)!);
            File.Move(Path.Combine(runDirectory, Vacances.Jobs.Pipeline.Jobs.EligibilityJob.ChunkOutput), stored, overwrite: true);
        }
        times.Add((PipelineStep.Eligibility, clock.Elapsed));
        clock.Restart();
        ChunkArtefacts.Merge(runDirectory, PipelineStep.Eligibility);
        steps.Flows(workspace);
        times.Add((PipelineStep.Flows, clock.Elapsed));
        foreach (var (step, action) in new (string, Action<StepWorkspace>)[]
                 { (PipelineStep.Survey, steps.Survey), (PipelineStep.Indicators, steps.Indicators), (PipelineStep.Reports, steps.Reports) })
        {
            clock.Restart();
            action(workspace);
            times.Add((step, clock.Elapsed));
        }
        return times;
    }

    /// <summary>The operation folder's files as a run lists them (hidden ones excluded, ordinal order).</summary>
    private static IEnumerable<string> InputNames(string data) =>
        Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(data, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(name => !name.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
}
