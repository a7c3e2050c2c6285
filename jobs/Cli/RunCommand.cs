using System.CommandLine;
using Vacances.Jobs.Pipeline.Client;
using Vacances.Jobs.Pipeline.Hosting;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances run --pg CS --data DIR --out DIR</c> (DESIGN §2): enqueues the whole pipeline on the
/// PostgreSQL-backed Hangfire, lets the running <c>serve</c> / <c>worker</c> processes do it, waits with progress
/// and writes the same outputs as <c>bilan</c>. It starts no server itself.
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var pg = PostgresOption.Create();
        var data = PipelineOptions.Data(required: true);
        var output = PipelineOptions.Out();
        var command = new Command("run", "Lance le pipeline sur les serveurs PostgreSQL en service, attend la fin et écrit les sorties.");
        command.Options.Add(pg);
        command.Options.Add(data);
        command.Options.Add(output);
        command.SetAction(async (parse, cancellation) =>
        {
            using var mode = ServerMode.Open(PostgresOption.Require(parse, pg));
            return await RunClient.RunAsync(mode.Ledger, mode.Client, parse.GetValue(data)!, parse.GetValue(output)!,
                parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellation);
        });
        return command;
    }
}
