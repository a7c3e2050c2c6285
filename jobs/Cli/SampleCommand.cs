using System.CommandLine;
using System.Globalization;
using Vacances.Ingest.Errors;
using Vacances.Ingest.Sampling;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances sample --dossiers N --seed S --out DIR [--profil P]</c> (DESIGN §2): writes a deterministic synthetic
/// operation of any size in the canonical formats; the committed samples and the benchmarks come from it.
/// </summary>
public static class SampleCommand
{
    public static Command Create()
    {
        var dossiers = new Option<long>("--dossiers") { Description = "Nombre de dossiers à générer (au moins 1).", Required = true };
        dossiers.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() < 1) result.AddError("--dossiers doit être un entier supérieur ou égal à 1.");
        });
        var seed = new Option<int>("--seed") { Description = "Graine du générateur : la même graine donne les mêmes fichiers.", DefaultValueFactory = _ => 42 };
        var output = new Option<string>("--out") { Description = "Dossier où écrire l'opération (créé au besoin).", Required = true };
        var profile = new Option<string>("--profil")
        {
            Description = "Forme de l'opération : nrpp-2026 (« Ne rêvez plus, partez ! ») ou caf35-2023 (familles d'Ille-et-Vilaine).",
            DefaultValueFactory = _ => SampleProfiles.Names[0],
        };
        profile.AcceptOnlyFromAmong([.. SampleProfiles.Names]);

        var command = new Command("sample", "Génère une opération synthétique déterministe dans les formats canoniques.");
        command.Options.Add(dossiers);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Options.Add(profile);
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(output)!;
            SampleSummary summary;
            try
            {
                summary = SampleGenerator.Generate(parse.GetValue(profile)!, parse.GetValue(dossiers), parse.GetValue(seed), directory);
            }
            catch (IOException e)
            {
                throw new InfrastructureException($"écriture impossible dans « {directory} » : {e.Message}", e);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new InfrastructureException($"écriture refusée dans « {directory} » : {e.Message}", e);
            }
            var fr = CultureInfo.GetCultureInfo("fr-FR");
            parse.InvocationConfiguration.Output.WriteLine(string.Create(fr,
                $"Opération « {summary.OperationId} » écrite dans {directory} : {summary.Dossiers:N0} dossiers, {summary.Participants:N0} participants, " +
                $"{summary.Aids:N0} aides enregistrées ({summary.AidsTotalEur:N0} €), {summary.ProfessionalMonths:N0} mois-professionnels, " +
                $"{summary.CvRequests:N0} demandes de chèques périmés, {summary.EquipmentRequests:N0} demandes d'équipement, " +
                $"enquête : {summary.SurveyPartants:N0} partants et {summary.SurveyProfessionnels:N0} professionnels."));
            return ExitCodes.Success;
        });
        return command;
    }
}
