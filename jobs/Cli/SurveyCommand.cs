using System.CommandLine;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances survey …</c>: the survey verbs of DESIGN §6 and §7 — <c>estimate</c> (weighted estimates) and
/// <c>classify</c> (verbatims, added by the classifier).
/// </summary>
public static class SurveyCommand
{
    public static Command Create()
    {
        var command = new Command("survey", "Statistiques d'enquête : estimations pondérées avec intervalles de confiance, classification des verbatims.");
        command.Subcommands.Add(SurveyEstimateCommand.Create());
        return command;
    }
}
