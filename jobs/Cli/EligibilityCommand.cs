using System.CommandLine;
using System.Text;
using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Errors;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances eligibility [--data DIR] [--dossiers F --participants F] [--cv-requests F] [--equipment-requests F] --out F</c>
/// writes the results contract of DESIGN §4.3; <c>vacances eligibility explain --data DIR --dossier ID</c> prints the
/// whole French trace of one dossier.
/// </summary>
public static class EligibilityCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Dossier d'une opération (operation.yaml, dossiers.csv, participants.csv…)." };
        var dossiers = new Option<string>("--dossiers") { Description = "Fichier des dossiers (dossiers.csv)." };
        var participants = new Option<string>("--participants") { Description = "Fichier des participants (participants.csv), avec --dossiers ou --data." };
        var cvRequests = new Option<string>("--cv-requests") { Description = "Fichier des demandes de Chèques-Vacances périmés (cv_requests.csv)." };
        var equipment = new Option<string>("--equipment-requests") { Description = "Fichier des demandes d'aide aux équipements (equipment_requests.csv)." };
        var output = new Option<string>("--out") { Description = "Fichier CSV des résultats (dossier_id;participant_id;programme;eligible;aid_eur;reasons)." };

        var command = new Command("eligibility", "Évalue l'éligibilité à chaque programme (ANCV 2026, CAF 35 2023) et écrit les résultats.");
        foreach (var option in new Option[] { data, dossiers, participants, cvRequests, equipment, output }) command.Options.Add(option);
        command.Subcommands.Add(CreateExplain());
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var outPath = parse.GetValue(output);
            var usage = Usage(parse.GetValue(data), parse.GetValue(dossiers), parse.GetValue(participants),
                parse.GetValue(cvRequests), parse.GetValue(equipment), outPath);
            if (usage is not null)
            {
                error.WriteLine($"Erreur d'usage : {usage}");
                return ExitCodes.Usage;
            }
            var operation = EligibilityInput.Load(parse.GetValue(data), parse.GetValue(dossiers), parse.GetValue(participants),
                parse.GetValue(cvRequests), parse.GetValue(equipment), error);
            var engine = EligibilityEngine.LoadDefault();
            int rows;
            try
            {
                var directory = Path.GetDirectoryName(Path.GetFullPath(outPath!));
                if (directory is not null) Directory.CreateDirectory(directory);
                using var writer = new StreamWriter(outPath!, false, new UTF8Encoding(false), 1 << 16);
                rows = engine.WriteCsv(operation, writer);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InfrastructureException($"écriture impossible de « {outPath} » : {e.Message}", e);
            }
            parse.InvocationConfiguration.Output.WriteLine(
                $"{French(rows)} ligne(s) de résultats écrites dans {outPath} ({French(operation.Dossiers.Count)} dossiers, " +
                $"{French(operation.Participants.Count)} participants, {French(operation.CvRequests.Count + operation.EquipmentRequests.Count)} demandes).");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateExplain()
    {
        var data = new Option<string>("--data") { Description = "Dossier de l'opération.", Required = true };
        var dossier = new Option<string>("--dossier") { Description = "Identifiant du dossier à expliquer.", Required = true };
        var command = new Command("explain", "Affiche, en français, le raisonnement complet pour un dossier : chaque programme, chaque condition, chaque paramètre.");
        command.Options.Add(data);
        command.Options.Add(dossier);
        command.SetAction(parse =>
        {
            var id = parse.GetValue(dossier)!;
            var directory = parse.GetValue(data)!;
            var operation = EligibilityInput.Load(directory, null, null, null, null, parse.InvocationConfiguration.Error);
            if (!operation.Dossiers.Any(d => d.DossierId == id))
                throw new InvalidInputException(Path.Combine(directory, "dossiers.csv"), null, "dossier_id", $"dossier « {id} » introuvable");
            var results = EligibilityEngine.LoadDefault().Explain(operation, id);
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"Dossier {id} — {results.Count} résultat(s)");
            if (results.Count == 0)
                output.WriteLine("Aucun programme ne s'applique : le séjour est hors des périodes ou du territoire des règles encodées (I-08).");
            foreach (var result in results)
            {
                output.WriteLine();
                var who = result.ParticipantId.Length == 0 ? "dossier" : $"participant {result.ParticipantId}";
                var verdict = result.Eligible ? $"éligible, {result.AidEur.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} €" : "non éligible";
                output.WriteLine($"■ {result.Programme} — {who} : {verdict} [{string.Join('|', result.Reasons)}]");
                output.WriteLine($"  {result.Explanation}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A French usage error, or null when the options make sense together.</summary>
    private static string? Usage(string? data, string? dossiers, string? participants, string? cv, string? equipment, string? output)
    {
        if (output is null) return "l'option --out est obligatoire.";
        if (data is null && dossiers is null && cv is null && equipment is null)
            return "indiquez --data DIR, ou --dossiers F (avec --participants F), --cv-requests F ou --equipment-requests F.";
        if (participants is not null && dossiers is null && data is null) return "--participants demande --dossiers ou --data.";
        return null;
    }

    private static string French(int count) => count.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202f', ' ');
}
