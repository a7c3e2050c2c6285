using System.CommandLine;
using Hangfire;
using Vacances.Jobs.Pipeline;
using Vacances.Jobs.Pipeline.Client;
using Vacances.Jobs.Pipeline.Hosting;
using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances bilan [--data DIR] [--out DIR]</c>: the main job (DESIGN §2), embedded — Hangfire.InMemory with an
/// in-process server, the in-process ledger, the DuckDB store under <c>.vacances/</c> — on
/// <c>data-samples/nrpp-2026</c> by default, with progress per step.
/// </summary>
public static class BilanCommand
{
    public static Command Create()
    {
        var data = PipelineOptions.Data(required: false);
        var output = PipelineOptions.Out();
        var command = new Command("bilan", "Produit le bilan complet d'une opération (pipeline intégré, sans serveur) : PDF, fiches, rapports, CSV.");
        command.Options.Add(data);
        command.Options.Add(output);
        command.SetAction(async (parse, cancellation) =>
        {
            var storage = HangfireStorages.InMemory();
            using var ledger = new InProcessRunLedger(Path.Combine(PipelineOptions.WorkRoot, $"registre-{Environment.ProcessId}"));
            var client = new BackgroundJobClient(storage);
            var steps = PipelineStepsFactory.Create(StoreTarget.Embedded(".vacances"));
            var services = new PipelineServices(ledger, steps, client, PipelineOptions.WorkRoot);
            using var server = PipelineServer.Start(storage, services, PipelineQueues.All, PipelineServer.DefaultWorkerCount);
            try
            {
                return await RunClient.RunAsync(ledger, client, parse.GetValue(data)!, parse.GetValue(output)!,
                    parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellation);
            }
            finally
            {
                server.SendStop();
                server.WaitForShutdown(TimeSpan.FromSeconds(15));
                services.Workspaces.Clean();
            }
        });
        return command;
    }
}
