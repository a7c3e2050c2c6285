using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Web.Auth;
using Vacances.Web.Data;
using Vacances.Web.Sql;

namespace Vacances.Web.Api;

/// <summary>
/// The <c>/api</c> routes of DESIGN §9. Every answer is scoped by role: non-staff users get the
/// disclosure-controlled indicators, a funder only its own flows.
/// </summary>
public static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/indicateurs", Indicators).RequireAuthorization(WebPolicies.Indicators)
            .WithSummary("Valeurs du catalogue d'indicateurs (numérateur, dénominateur, secret statistique).");
        api.MapGet("/flux", Flows).RequireAuthorization(WebPolicies.Flows)
            .WithSummary("Flux d'aides financeur → programme → commune → dispositif ; ?format=csv pour un CSV.");
        api.MapGet("/enquete/reponses", SurveyResponses).RequireAuthorization(WebPolicies.Survey)
            .WithSummary("Microdonnées pseudonymisées de l'enquête partants ; ?format=csv|parquet.");
        api.MapGet("/enquete/estimation", SurveyEstimate).RequireAuthorization(WebPolicies.Survey)
            .WithSummary("Proportion estimée (calage sur marges) sur les réponses publiées : question, value, calibrate, exclude, level.");
        api.MapPost("/sql", Sql).RequireAuthorization(WebPolicies.Sql)
            .WithSummary("SQL en lecture seule sur les vues de recherche (délai et nombre de lignes plafonnés).");
    }

    private static async Task<IResult> Indicators(string? operation, ClaimsPrincipal user, ResultsStore store, CancellationToken ct)
    {
        var results = await store.LoadAsync(operation, ct);
        if (results is null) return NoOperation(operation);
        var values = WebRoles.SeesUnsuppressed(UserClaims.RoleOf(user)!) ? results.StaffIndicators : results.PublicIndicators;
        return Results.Json(values.Select(IndicatorJson));
    }

    private static async Task<IResult> Flows(string? operation, string? format, ClaimsPrincipal user, ResultsStore store, CancellationToken ct)
    {
        var results = await store.LoadAsync(operation, ct);
        if (results is null) return NoOperation(operation);
        var rows = FlowScope.For(UserClaims.RoleOf(user)!, results.Flows);
        if (format == "csv")
            return Results.Text(CsvExport.Write(FlowColumns, rows.Select(FlowCells)), "text/csv; charset=utf-8");
        return Results.Json(rows.Select(f => new
        {
            funder = f.Funder, programme = f.Programme, commune_insee = f.CommuneInsee,
            dispositif = f.Dispositif, amount_eur = f.AmountEur, estimated = f.Estimated,
        }));
    }

    private static async Task<IResult> SurveyResponses(string? operation, string? format, ResultsStore store, CancellationToken ct)
    {
        var results = await store.LoadAsync(operation, ct);
        if (results is null) return NoOperation(operation);
        var view = results.Partants;
        return format switch
        {
            "csv" => Results.Text(CsvExport.Write(view.Columns, view.Rows.Select(r => (IReadOnlyList<object?>)r)), "text/csv; charset=utf-8"),
            "parquet" => Results.File(await ParquetExport.WriteAsync(view, ct), "application/vnd.apache.parquet", view.Name + ".parquet"),
            null or "json" => Results.Json(view.Rows.Select(r => view.Columns.Zip(r).ToDictionary(p => p.First, p => p.Second))),
            _ => Results.BadRequest(new { erreur = "Format inconnu : json, csv ou parquet." }),
        };
    }

    private static async Task<IResult> SurveyEstimate(string? operation, string? question, string? value, string? calibrate,
        string? exclude, string? level, ResultsStore store, CancellationToken ct)
    {
        var results = await store.LoadAsync(operation, ct);
        return results is null ? NoOperation(operation) : SurveyEstimation.Answer(results, question, value, calibrate, exclude, level);
    }

    private static async Task<IResult> Sql(SqlRequest request, ResultsStore store, SqlSandboxOptions options, CancellationToken ct)
    {
        var results = await store.LoadAsync(null, ct);
        if (results is null) return NoOperation(null);
        var sandbox = new ResearcherSqlSandbox(ResearcherViews.Of(results), options.Timeout, options.RowCap);
        try
        {
            var answer = await sandbox.RunAsync(request.Sql ?? "", ct);
            return Results.Json(new { columns = answer.Columns, rows = answer.Rows, truncated = answer.Truncated });
        }
        catch (SqlRefusedException e)
        {
            return Results.BadRequest(new { erreur = e.Message });
        }
    }

    private static readonly string[] FlowColumns = ["funder", "programme", "commune_insee", "dispositif", "amount_eur", "estimated"];

    private static IReadOnlyList<object?> FlowCells(AidFlow f) =>
        [f.Funder, f.Programme, f.CommuneInsee, f.Dispositif, f.AmountEur, f.Estimated];

    private static object IndicatorJson(IndicatorValue v) => new
    {
        indicator_id = v.IndicatorId, dimension = v.Dimension, category = v.Category,
        numerator = v.Suppressed ? (decimal?)null : v.Numerator, denominator = v.Suppressed ? null : v.Denominator,
        value = v.Value, suppressed = v.Suppressed,
    };

    private static IResult NoOperation(string? operation) => Results.NotFound(new
    {
        erreur = operation is null ? "Aucune opération publiée." : $"Opération « {operation} » inconnue.",
    });
}
