using Hangfire;
using Spectre.Console;
using Vacances.Jobs.Cli;
using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Pipeline.Client;

/// <summary>
/// What <c>vacances bilan</c> and <c>vacances run</c> share: submit an operation folder as a run, wait for
/// whichever servers process it while showing progress, then write the outputs — or print why the run
/// failed and return its exit code (DESIGN §2).
/// </summary>
public static class RunClient
{
    public static async Task<int> RunAsync(IRunLedger ledger, IBackgroundJobClient client, string dataDirectory, string outputDirectory,
        TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var inputs = RunFiles.ReadOperationFolder(dataDirectory);
        var runId = Guid.NewGuid().ToString("N");
        new PipelineScheduler(ledger, client).Submit(runId, inputs);
        var state = await ProgressFor(output).WatchAsync(() => ledger.State(runId), cancellation);
        if (state.Status == RunStatus.Failed)
        {
            var prefix = state.ExitCode == ExitCodes.InvalidInput ? "Données invalides" : "Erreur d'infrastructure";
            await error.WriteLineAsync($"{prefix} — {state.Message}");
            return state.ExitCode ?? ExitCodes.Infrastructure;
        }
        var written = RunFiles.WriteOutputs(ledger, runId, outputDirectory);
        await output.WriteLineAsync($"Terminé : {written} fichiers écrits dans {Path.GetFullPath(outputDirectory)}.");
        return ExitCodes.Success;
    }

    /// <summary>The live display on an interactive terminal, plain lines when output is redirected or under CI.</summary>
    private static IRunProgress ProgressFor(TextWriter output)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        return interactive ? new LiveRunProgress(AnsiConsole.Console) : new PlainRunProgress(output);
    }
}
