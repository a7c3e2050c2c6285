namespace Vacances.Jobs.Pipeline;

/// <summary>
/// Hangfire queues of the pipeline: ingest (I/O bound), compute (CPU bound) and reports (the browser), so that
/// a deployment can dedicate workers to one kind of work (<c>vacances worker --queues reports</c>).
/// Hangfire queue names are lower-case letters, digits and underscores.
/// </summary>
public static class PipelineQueues
{
    public const string Ingest = "ingest";
    public const string Compute = "compute";
    public const string Reports = "reports";

    /// <summary>All queues, in the priority order a server polls them.</summary>
    public static IReadOnlyList<string> All { get; } = [Ingest, Compute, Reports];
}
