using System.CommandLine;

namespace Vacances.Jobs.Cli;

/// <summary>
/// The <c>vacances survey</c> verb (DESIGN §2): statistics on the partants' survey. This branch holds only the
/// verbatim sub-commands (<c>classify</c>, <c>evaluate</c>); <c>estimate</c> (DESIGN §6) joins them at merge.
/// </summary>
public static class SurveyCommand
{
    public static Command Create()
    {
        var command = new Command("survey", "Statistiques de l'enquête auprès des partants : estimations, classement des verbatims.");
        command.Subcommands.Add(SurveyClassifyCommand.Create());
        command.Subcommands.Add(SurveyEvaluateCommand.Create());
        return command;
    }
}
