using Hangfire;

namespace Vacances.Jobs.Pipeline.Hosting;

/// <summary>
/// A Hangfire server processing the pipeline's queues in this process: the in-process server of
/// <c>vacances bilan</c>, the server of <c>vacances serve</c> and of each <c>vacances worker</c>.
/// </summary>
public static class PipelineServer
{
    /// <summary>Worker threads: the steps are CPU bound, so about one per core (at least 2, so that a long job does not block the others).</summary>
    public static int DefaultWorkerCount => Math.Clamp(Environment.ProcessorCount, 2, 4);

    public static BackgroundJobServer Start(JobStorage storage, PipelineServices services, IReadOnlyList<string> queues, int workerCount)
    {
        var options = new BackgroundJobServerOptions
        {
            Queues = [.. queues],
            WorkerCount = workerCount,
            Activator = new PipelineJobActivator(services),
            // Retries are scheduled a few seconds ahead: look for due ones every second.
            SchedulePollingInterval = TimeSpan.FromSeconds(1),
            ServerCheckInterval = TimeSpan.FromSeconds(30),
            ServerTimeout = TimeSpan.FromMinutes(1),
            ShutdownTimeout = TimeSpan.FromSeconds(15),
        };
        return new BackgroundJobServer(options, storage);
    }
}
