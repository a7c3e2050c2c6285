using System.CommandLine;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vacances.Jobs.Pipeline.Hosting;
using Vacances.Web;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances serve --pg CS --urls URL</c> (DESIGN §2): the web host with the pipeline's Hangfire server inside.
/// This verb provides the host and the job server; the dashboards, the API and <c>/hangfire</c> are mapped by
/// <see cref="VacancesWeb"/> on the <see cref="WebApplication"/> built here, whose Hangfire storage is registered
/// as the singleton <see cref="Hangfire.JobStorage"/> the dashboard resolves.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var pg = PostgresOption.Create();
        var urls = new Option<string>("--urls")
        {
            Description = "Adresses d'écoute du serveur web.",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var inbox = PipelineOptions.Inbox();
        var output = PipelineOptions.Out();
        var command = new Command("serve", "Démarre le serveur web et le traitement des tâches du pipeline (PostgreSQL).");
        foreach (var option in new Option[] { pg, urls, inbox, output }) command.Options.Add(option);
        command.SetAction(async (parse, cancellation) =>
        {
            var connectionString = PostgresOption.Require(parse, pg);
            using var mode = ServerMode.Open(connectionString);
            await using var dataSource = await PostgresOption.OpenAsync(connectionString, cancellation);
            var watch = parse.GetValue(inbox) is { } folder ? new InboxWatch(Path.GetFullPath(folder), Path.GetFullPath(parse.GetValue(output)!)) : null;
            var builder = WebApplication.CreateBuilder();
            builder.WebHost.UseUrls(parse.GetValue(urls)!);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // The one JobStorage of this process: the pipeline server and MapHangfireDashboard both resolve it.
            builder.Services.AddSingleton(mode.Storage);
            builder.Services.AddHangfire(c => c.UseStorage(mode.Storage));
            VacancesWeb.AddServices(builder.Services, dataSource);
            builder.Services.AddSingleton(mode.Ledger);
            builder.Services.AddHostedService(_ => new PipelineHostedService(mode, watch, PipelineOptions.WorkRoot));
            await using var app = builder.Build();
            await VacancesWeb.EnsureSchemaAsync(app.Services, cancellation);
            VacancesWeb.Map(app);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Serveur à l'écoute sur {parse.GetValue(urls)} ; arrêt par SIGTERM ou Ctrl+C.");
            await app.StartAsync(cancellation);
            await ShutdownSignal.WaitAsync(cancellation);
            await app.StopAsync(CancellationToken.None);
            return ExitCodes.Success;
        });
        return command;
    }
}
