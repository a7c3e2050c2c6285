using System.CommandLine;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances survey …</c>: the survey verbs of DESIGN §6 and §7 — <c>estimate</c> (weighted estimates with
/// confidence intervals), <c>classify</c> (verbatims into the registers of « effets utiles ») and <c>evaluate</c>
/// (the classifier's cross-validated metrics).
/// </summary>
public static class SurveyCommand
{
    public static Command Create()
    {
        var command = new Command("survey", "Statistiques d'enquête : estimations pondérées avec intervalles de confiance, classification des verbatims.");
        command.Subcommands.Add(SurveyEstimateCommand.Create());
        command.Subcommands.Add(SurveyClassifyCommand.Create());
        command.Subcommands.Add(SurveyEvaluateCommand.Create());
        return command;
    }
}
