using System.CommandLine;
using Vacances.Jobs.Pipeline;
using Vacances.Jobs.Pipeline.Hosting;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances worker --pg CS</c> (DESIGN §2): one more Hangfire server on PostgreSQL processing the pipeline's
/// queues until SIGTERM or Ctrl+C; several, on several machines, share the work.
/// </summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var pg = PostgresOption.Create();
        var workers = PipelineOptions.Workers();
        var inbox = PipelineOptions.Inbox();
        var output = PipelineOptions.Out();
        var queues = new Option<string>("--queues")
        {
            Description = "Files traitées, séparées par des virgules (ingest, compute, reports).",
            DefaultValueFactory = _ => string.Join(',', PipelineQueues.All),
        };
        var command = new Command("worker", "Démarre un processus de traitement des tâches du pipeline (PostgreSQL), jusqu'à SIGTERM ou Ctrl+C.");
        foreach (var option in new Option[] { pg, queues, workers, inbox, output }) command.Options.Add(option);
        command.SetAction(async (parse, cancellation) =>
        {
            var selected = parse.GetValue(queues)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = selected.Except(PipelineQueues.All).ToList();
            if (unknown.Count > 0 || selected.Length == 0)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Erreur d'usage : files inconnues ({string.Join(", ", unknown)}) ; valeurs possibles : {string.Join(", ", PipelineQueues.All)}.");
                return ExitCodes.Usage;
            }
            using var mode = ServerMode.Open(PostgresOption.Require(parse, pg));
            var watch = parse.GetValue(inbox) is { } folder ? new InboxWatch(Path.GetFullPath(folder), Path.GetFullPath(parse.GetValue(output)!)) : null;
            using var server = mode.StartServer(selected, parse.GetValue(workers), PipelineOptions.WorkRoot, watch);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Traitement en cours (files : {string.Join(", ", selected)}) ; arrêt par SIGTERM ou Ctrl+C.");
            await ShutdownSignal.WaitAsync(cancellation);
            server.SendStop();
            server.WaitForShutdown(TimeSpan.FromSeconds(20));
            return ExitCodes.Success;
        });
        return command;
    }
}
