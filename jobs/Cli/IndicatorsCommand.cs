using System.CommandLine;
using System.Globalization;
using Vacances.Analytics.Export;
using Vacances.Analytics.Indicators;
using Vacances.Analytics.Survey;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances indicators --data DIR --out F [--public]</c> (DESIGN §2, §5): the indicator catalogue computed, CSV
/// <c>indicator_id;dimension;category;numerator;denominator;value;suppressed</c>. Without <c>--public</c> the file is
/// the staff view (DESIGN §1: staff see their own data): nothing is suppressed and <c>suppressed</c> is always
/// <c>false</c>. With <c>--public</c>, the disclosure control of funder- and researcher-facing outputs (DESIGN §10)
/// is applied at the operation's <c>small_cell_threshold</c>.
/// </summary>
public static class IndicatorsCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Dossier de l'opération (operation.yaml, dossiers.csv…).", Required = true };
        var output = new Option<string>("--out") { Description = "Fichier CSV des indicateurs à écrire.", Required = true };
        var publicView = new Option<bool>("--public")
        {
            Description = "Vue financeurs et chercheurs : masque les cases sous le seuil de l'opération (secret statistique).",
        };
        var command = new Command("indicators", "Calcule le catalogue d'indicateurs (départs, publics, professionnels, flux, territoire, enquête).");
        command.Options.Add(data);
        command.Options.Add(output);
        command.Options.Add(publicView);
        command.SetAction(parse =>
        {
            var (operation, flows) = OperationAnalysis.LoadAndReconstruct(parse.GetValue(data)!);
            var cells = SurveySection.Catalogue.ComputeCells(OperationAnalysis.Inputs(operation, flows));
            var threshold = operation.Config.SmallCellThreshold;
            var values = parse.GetValue(publicView)
                ? DisclosureControl.Apply(cells, threshold)
                : cells.Select(c => c.Value).ToArray();
            var path = parse.GetValue(output)!;
            OperationAnalysis.WriteFile(path, w => IndicatorsCsv.Write(w, values));
            var fr = CultureInfo.GetCultureInfo("fr-FR");
            var view = parse.GetValue(publicView)
                ? string.Create(fr, $"{values.Count(v => v.Suppressed):N0} cases masquées, seuil {threshold}")
                : "vue équipe, sans masquage";
            parse.InvocationConfiguration.Output.WriteLine(string.Create(fr, $"{values.Count:N0} valeurs d'indicateurs écrites dans {path} ({view})."));
            return ExitCodes.Success;
        });
        return command;
    }
}
