using System.Globalization;
using Microsoft.AspNetCore.Http;
using Vacances.Analytics.Survey;
using Vacances.Ingest.Model;
using Vacances.Web.Data;

namespace Vacances.Web.Api;

/// <summary>
/// <c>GET /api/enquete/estimation?question=&amp;value=&amp;calibrate=&amp;exclude=&amp;level=</c> (DESIGN §6, §9): the
/// same computation as <c>vacances survey estimate</c> — <see cref="SurveyEstimator.Weigh"/> then
/// <see cref="SurveyEstimator.Proportion"/> — over the published partants' answers and margins, answered with the
/// contract JSON (<see cref="ProportionEstimateJson"/>). Calibration variables are columns of the published answers
/// (<c>dispositif</c>, <c>groupe_communes</c>); lists are comma-separated. A bad request is a 400 in French.
/// </summary>
public static class SurveyEstimation
{
    public const double DefaultLevel = 0.95;

    public static IResult Answer(OperationResults results, string? question, string? value, string? calibrate, string? exclude, string? level)
    {
        if (string.IsNullOrWhiteSpace(question) || string.IsNullOrWhiteSpace(value))
            return Error("les paramètres question et value sont obligatoires.");
        var table = new SurveyTable(results.Partants.Columns, results.Partants.Rows);
        if (table.IndexOf(question) < 0 || question.Equals("response_id", StringComparison.OrdinalIgnoreCase))
            return Error($"question « {question} » inconnue.");
        if (ParseLevel(level) is not { } confidence)
            return Error($"niveau de confiance « {level} » : un nombre strictement compris entre 0 et 1 est attendu (ex. 0.95).");
        try
        {
            var margins = new PopulationMargins(results.Margins.Select(m => new MarginCount(m.Variable, m.Category, (double)m.Count)));
            var weights = SurveyEstimator.Weigh(table, margins, List(calibrate));
            var estimate = SurveyEstimator.Proportion(table, weights, new EstimateRequest(question, value, List(exclude), confidence));
            return Results.Text(ProportionEstimateJson.Write(estimate), "application/json; charset=utf-8");
        }
        catch (SurveyEstimationException e)
        {
            return Error("estimation impossible : " + e.Message);
        }
    }

    private static double? ParseLevel(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return DefaultLevel;
        return double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 && number < 1
            ? number : null;
    }

    private static IReadOnlyList<string> List(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static IResult Error(string message) => Results.BadRequest(new { erreur = char.ToUpperInvariant(message[0]) + message[1..] });
}
