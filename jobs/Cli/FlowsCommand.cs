using System.CommandLine;
using System.Globalization;
using Vacances.Analytics.Export;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances flows --data DIR --out F</c> (DESIGN §2, §4.4): the aid-flow reconstruction as CSV
/// <c>funder;programme;commune_insee;dispositif;amount_eur;estimated</c>, with the totals and the compliance alerts
/// summarised on the standard output.
/// </summary>
public static class FlowsCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Dossier de l'opération (operation.yaml, dossiers.csv…).", Required = true };
        var output = new Option<string>("--out") { Description = "Fichier CSV des flux à écrire.", Required = true };
        var command = new Command("flows", "Reconstitue les flux d'aides (enregistrées et estimées) par financeur, programme, commune et dispositif.");
        command.Options.Add(data);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var (_, flows) = OperationAnalysis.LoadAndReconstruct(parse.GetValue(data)!);
            var path = parse.GetValue(output)!;
            OperationAnalysis.WriteFile(path, w => FlowsCsv.Write(w, flows.Flows));
            var t = flows.Totals;
            var fr = CultureInfo.GetCultureInfo("fr-FR");
            parse.InvocationConfiguration.Output.WriteLine(string.Create(fr,
                $"{flows.Flows.Count:N0} lignes de flux écrites dans {path} : {t.TotalEur:N2} € dont {t.RecordedEur:N2} € enregistrés "
                + $"et {t.EstimatedEur:N2} € estimés ; {flows.Alerts.Count:N0} alertes de conformité."));
            if (!t.Reconciles)
                parse.InvocationConfiguration.Error.WriteLine(string.Create(fr,
                    $"Attention : les flux enregistrés ({t.RecordedEur:N2} €) ne correspondent pas à aids.csv ({t.AidsFileEur:N2} €)."));
            return ExitCodes.Success;
        });
        return command;
    }
}
