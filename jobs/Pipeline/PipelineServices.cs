using Hangfire;
using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Pipeline;

/// <summary>
/// What every pipeline job of one process needs: the ledger, the steps, the Hangfire client that enqueues the
/// next jobs, and the local folder jobs work in. Built once per process and handed to the jobs by
/// <see cref="Hosting.PipelineJobActivator"/>.
/// </summary>
public sealed class PipelineServices(IRunLedger ledger, IPipelineSteps steps, IBackgroundJobClient client, string workRoot)
{
    public IRunLedger Ledger { get; } = ledger;
    public IPipelineSteps Steps { get; } = steps;
    public IBackgroundJobClient Client { get; } = client;
    public RunWorkspaces Workspaces { get; } = new(ledger, workRoot);
}
