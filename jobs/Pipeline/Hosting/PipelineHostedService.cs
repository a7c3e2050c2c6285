using Hangfire;
using Microsoft.Extensions.Hosting;

namespace Vacances.Jobs.Pipeline.Hosting;

/// <summary>
/// The Hangfire server of <c>vacances serve</c>, as a hosted service of the web host: it starts with the host
/// and stops (letting running jobs finish for a while) with it.
/// </summary>
public sealed class PipelineHostedService(ServerMode mode, InboxWatch? inbox, string workRoot) : IHostedService
{
    private BackgroundJobServer? _server;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _server = mode.StartServer(PipelineQueues.All, PipelineServer.DefaultWorkerCount, workRoot, inbox);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is null) return Task.CompletedTask;
        _server.SendStop();
        return _server.WaitForShutdownAsync(cancellationToken);
    }
}
