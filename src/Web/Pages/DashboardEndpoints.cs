using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Web.Api;
using Vacances.Web.Auth;
using Vacances.Web.Data;
using static Vacances.Web.Pages.HtmlLayout;

namespace Vacances.Web.Pages;

/// <summary>
/// <c>GET /tableau-de-bord</c>: key figures, departures by month and by commune, and the aid flows the user may see
/// (a funder: its own), filtered by commune, dispositif and period, with a CSV download of the filtered flows.
/// Figures come from the published indicator catalogue — disclosure-controlled for funders (DESIGN §9, §10).
/// </summary>
public static class DashboardEndpoints
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/tableau-de-bord", Dashboard).RequireAuthorization(WebPolicies.Dashboard).ExcludeFromDescription();
        app.MapGet("/tableau-de-bord/flux.csv", FlowsCsv).RequireAuthorization(WebPolicies.Dashboard).ExcludeFromDescription();
        app.MapGet("/static/site.css", () => Results.Text(SiteStylesheet.Css, "text/css; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/", () => Results.Redirect("/tableau-de-bord")).ExcludeFromDescription();
    }

    private static async Task<IResult> Dashboard(HttpContext ctx, ClaimsPrincipal user, IAntiforgery af, ResultsStore store,
        string? operation, string? commune, string? dispositif, string? du, string? au)
    {
        var role = UserClaims.RoleOf(user)!;
        var userLine = LoginEndpoints.LogoutForm(ctx, af, user.Identity!.Name!);
        var results = await store.LoadAsync(operation, ctx.RequestAborted);
        if (results is null)
            return Html(Page("Tableau de bord", "<h1>Tableau de bord</h1><p>Aucune opération n'est encore publiée.</p>", userLine));
        var filter = new DashboardFilter(commune, dispositif, du, au);
        var view = new DashboardView(results, role, filter);
        return Html(Page("Tableau de bord", view.Render(), userLine));
    }

    private static async Task<IResult> FlowsCsv(HttpContext ctx, ClaimsPrincipal user, ResultsStore store,
        string? operation, string? commune, string? dispositif)
    {
        var results = await store.LoadAsync(operation, ctx.RequestAborted);
        if (results is null) return Results.NotFound();
        var filter = new DashboardFilter(commune, dispositif, null, null);
        var rows = FlowScope.For(UserClaims.RoleOf(user)!, results.Flows).Where(f => filter.Matches(f.CommuneInsee, f.Dispositif));
        var csv = CsvExport.Write(["funder", "programme", "commune_insee", "dispositif", "amount_eur", "estimated"],
            rows.Select(f => (IReadOnlyList<object?>)[f.Funder, f.Programme, f.CommuneInsee, f.Dispositif, f.AmountEur, f.Estimated]));
        return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"flux-{results.OperationId}.csv");
    }

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    internal static string Number(decimal value, int decimals = 0) => value.ToString("N" + decimals, Fr);
}
