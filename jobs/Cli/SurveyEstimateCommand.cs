using System.CommandLine;
using System.Globalization;
using Vacances.Analytics.Survey;
using Vacances.Ingest.Errors;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances survey estimate --responses F --margins F [--calibrate v1,v2] --question Q --value V [--exclude V1,V2]
/// [--level 0.95]</c> (DESIGN §6): prints the JSON
/// <c>{question,value,n,estimate,se,ci_low,ci_high,ci_logit_low,ci_logit_high,level}</c>, numbers in invariant
/// culture with round-trip precision. Without <c>--calibrate</c>: simple random sampling without replacement with
/// finite-population correction, N = the margins' total. Two options beyond the contract: <c>--domain
/// variable=category</c> (a sub-population) and <c>--bounds L,U</c> (bounds on the calibration weight ratios).
/// </summary>
public static class SurveyEstimateCommand
{
    public static Command Create()
    {
        var responses = new Option<string>("--responses") { Description = "Fichier CSV des réponses (une ligne par répondant, une colonne par question).", Required = true };
        var margins = new Option<string>("--margins") { Description = "Fichier CSV des marges de population : variable;category;count.", Required = true };
        var calibrate = new Option<string?>("--calibrate") { Description = "Variables de calage (colonnes des réponses), séparées par des virgules ; sans elle, pas de calage." };
        var question = new Option<string>("--question") { Description = "Identifiant de la question (colonne des réponses).", Required = true };
        var value = new Option<string>("--value") { Description = "Réponse dont on estime la proportion.", Required = true };
        var exclude = new Option<string?>("--exclude") { Description = "Réponses exclues du domaine (ex. sans_objet,nsp), séparées par des virgules." };
        var level = new Option<string>("--level") { Description = "Niveau de confiance (0.95 par défaut).", DefaultValueFactory = _ => "0.95" };
        var domain = new Option<string?>("--domain") { Description = "Sous-population variable=catégorie (ex. dispositif=individuel)." };
        var bounds = new Option<string?>("--bounds") { Description = "Bornes du rapport poids calé / poids initial, « basse,haute » (ex. 0.3,3)." };

        var command = new Command("estimate", "Estime une proportion pondérée (calage sur marges, correction de population finie) avec intervalles de Wald et logit.");
        foreach (var option in new Option[] { responses, margins, calibrate, question, value, exclude, level, domain, bounds }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            EstimateRequest request;
            CalibrationOptions? options;
            try
            {
                request = new EstimateRequest(parse.GetValue(question)!, parse.GetValue(value)!, List(parse.GetValue(exclude)),
                    Level(parse.GetValue(level)!), Domain(parse.GetValue(domain)));
                options = Bounds(parse.GetValue(bounds));
            }
            catch (ArgumentException e)
            {
                parse.InvocationConfiguration.Error.WriteLine($"Erreur d'usage : {e.Message}");
                return ExitCodes.Usage;
            }
            var responsesFile = parse.GetValue(responses)!;
            var table = SurveyCsvReader.ReadResponses(responsesFile);
            var population = SurveyCsvReader.ReadMargins(parse.GetValue(margins)!);
            try
            {
                var weights = SurveyEstimator.Weigh(table, population, List(parse.GetValue(calibrate)), options);
                var estimate = SurveyEstimator.Proportion(table, weights, request);
                parse.InvocationConfiguration.Output.WriteLine(ProportionEstimateJson.Write(estimate));
                return ExitCodes.Success;
            }
            catch (SurveyEstimationException e)
            {
                throw new InvalidInputException(responsesFile, null, null, e.Message);
            }
        });
        return command;
    }

    private static IReadOnlyList<string> List(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <exception cref="ArgumentException">Not a number strictly between 0 and 1.</exception>
    private static double Level(string text) =>
        double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 && number < 1
            ? number
            : throw new ArgumentException($"--level « {text} » : un nombre strictement compris entre 0 et 1 est attendu (ex. 0.95).");

    /// <exception cref="ArgumentException">Not of the form variable=category.</exception>
    private static SurveyDomain? Domain(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0
            ? new SurveyDomain(parts[0], parts[1])
            : throw new ArgumentException($"--domain « {text} » : la forme variable=catégorie est attendue (ex. dispositif=individuel).");
    }

    /// <exception cref="ArgumentException">Not two bounds around 1.</exception>
    private static CalibrationOptions? Bounds(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var low)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var high)
            && low >= 0 && low < 1 && high > 1)
            return new CalibrationOptions(low, high);
        throw new ArgumentException($"--bounds « {text} » : « basse,haute » est attendu avec 0 ≤ basse < 1 < haute (ex. 0.3,3).");
    }
}
