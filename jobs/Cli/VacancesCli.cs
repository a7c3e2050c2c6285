using System.CommandLine;
using Vacances.Ingest.Errors;

namespace Vacances.Jobs.Cli;

/// <summary>
/// The <c>vacances</c> command line: one verb per file under <c>Cli/</c>, French help and messages, the exit
/// codes of DESIGN §2. User errors print one French sentence, never a stack trace.
/// </summary>
public static class VacancesCli
{
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Vacances.Analytics : évaluation des opérations d'accès aux vacances.");
        foreach (var command in Verbs()) root.Subcommands.Add(command);
        return root;
    }

    /// <summary>The verbs, in the order <c>--help</c> lists them; each is built by its own <c>*Command</c> class.</summary>
    private static IEnumerable<Command> Verbs() => [IngestCommand.Create(), SampleCommand.Create(), EligibilityCommand.Create()];

    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var parse = BuildRoot().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) await error.WriteLineAsync($"Erreur d'usage : {e.Message}");
            await error.WriteLineAsync("Voir « vacances --help ».");
            return ExitCodes.Usage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InvalidInputException e)
        {
            await error.WriteLineAsync($"Données invalides — {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (InfrastructureException e)
        {
            await error.WriteLineAsync($"Erreur d'infrastructure — {e.Message}");
            return ExitCodes.Infrastructure;
        }
    }
}
