using Hangfire;
using Vacances.Jobs.Pipeline;
using Vacances.Jobs.Pipeline.Client;
using Vacances.Jobs.Pipeline.Hosting;
using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Tests.Pipeline;

/// <summary>One run in the embedded mode of <c>vacances bilan</c> (in-memory Hangfire, in-process server and ledger).</summary>
internal static class EmbeddedRun
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(IPipelineSteps steps, string data, string outputDirectory, string workRoot)
    {
        var storage = HangfireStorages.InMemory();
        using var ledger = new InProcessRunLedger();
        var client = new BackgroundJobClient(storage);
        var services = new PipelineServices(ledger, steps, client, workRoot);
        using var server = PipelineServer.Start(storage, services, PipelineQueues.All, workerCount: 2);
        var output = new StringWriter();
        var error = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var exit = await RunClient.RunAsync(ledger, client, data, outputDirectory, output, error, timeout.Token);
        return (exit, output.ToString(), error.ToString());
    }
}
