using System.Text;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Ingest.Referential;
using Vacances.Web.Api;
using Vacances.Web.Auth;
using Vacances.Web.Data;
using static Vacances.Web.Pages.HtmlLayout;

namespace Vacances.Web.Pages;

/// <summary>The dashboard body for one user and one filter: pure rendering of published results.</summary>
public sealed class DashboardView(OperationResults results, string role, DashboardFilter filter)
{
    private static readonly string[] KeyFigureIds = ["departs.dossiers", "departs.personnes", "departs.nuitees", "public.premiers_departs"];

    private readonly IReadOnlyList<IndicatorValue> _values =
        WebRoles.SeesUnsuppressed(role) ? results.StaffIndicators : results.PublicIndicators;

    private readonly IReadOnlyList<AidFlow> _flows = FlowScope.For(role, results.Flows);

    public string Render()
    {
        var sb = new StringBuilder();
        sb.Append("<h1>").Append(E(results.OperationName)).Append("</h1>\n");
        if (WebRoles.FunderCode(role) is { } funder)
            sb.Append("<p class=\"note\">Vous voyez les flux de votre organisme (« ").Append(E(funder))
              .Append(" ») et les indicateurs publics ; les effectifs inférieurs au seuil de secret statistique sont masqués.</p>\n");
        AppendFilters(sb);
        AppendKeyFigures(sb);
        AppendBreakdown(sb, "Départs par mois", "departs.dossiers", "mois", c => filter.MonthInPeriod(c));
        AppendBreakdown(sb, "Départs par commune", "departs.personnes", "commune", c => string.IsNullOrEmpty(filter.Commune) || c == filter.Commune);
        AppendBreakdown(sb, "Départs par dispositif", "departs.personnes", "dispositif", c => string.IsNullOrEmpty(filter.Dispositif) || c == filter.Dispositif);
        AppendFlows(sb);
        return sb.ToString();
    }

    private void AppendFilters(StringBuilder sb)
    {
        var communes = Categories("commune").Concat(_flows.Select(f => f.CommuneInsee)).Distinct().Order(StringComparer.Ordinal);
        var dispositifs = Categories("dispositif").Concat(_flows.Select(f => f.Dispositif)).Distinct().Order(StringComparer.Ordinal);
        var months = Categories("mois").Order(StringComparer.Ordinal).ToArray();
        sb.Append("<form class=\"filters\" method=\"get\" action=\"/tableau-de-bord\" aria-label=\"Filtres\">\n")
          .Append("<input type=\"hidden\" name=\"operation\" value=\"").Append(E(results.OperationId)).Append("\">\n");
        Select(sb, "commune", "Commune", communes, filter.Commune);
        Select(sb, "dispositif", "Dispositif", dispositifs, filter.Dispositif);
        Select(sb, "du", "Du mois", months, filter.From);
        Select(sb, "au", "Au mois", months, filter.To);
        sb.Append("<button class=\"primary\" type=\"submit\">Filtrer</button>\n</form>\n");
    }

    private static void Select(StringBuilder sb, string name, string label, IEnumerable<string> options, string? selected)
    {
        sb.Append("<label for=\"f-").Append(name).Append("\">").Append(E(label))
          .Append(" <select id=\"f-").Append(name).Append("\" name=\"").Append(name).Append("\"><option value=\"\">Tous</option>");
        foreach (var o in options)
            sb.Append("<option value=\"").Append(E(o)).Append('"').Append(o == selected ? " selected" : "").Append('>').Append(E(o)).Append("</option>");
        sb.Append("</select></label>\n");
    }

    private void AppendKeyFigures(StringBuilder sb)
    {
        sb.Append("<h2>Chiffres clés</h2>\n<div class=\"tiles\">\n");
        foreach (var id in KeyFigureIds)
        {
            var value = _values.FirstOrDefault(v => v.IndicatorId == id && v.Dimension == "total");
            if (value is null) continue;
            sb.Append("<div class=\"tile\"><span class=\"v\">").Append(Cell(value, Definition(id)))
              .Append("</span><span class=\"l\">").Append(E(Definition(id)?.Label ?? id)).Append("</span></div>\n");
        }
        var own = _flows.Where(f => filter.Matches(f.CommuneInsee, f.Dispositif)).Sum(f => f.AmountEur);
        sb.Append("<div class=\"tile\"><span class=\"v\">").Append(DashboardEndpoints.Number(own)).Append(" €</span><span class=\"l\">")
          .Append(WebRoles.FunderCode(role) is null ? "Aides (filtre appliqué)" : "Vos aides (filtre appliqué)").Append("</span></div>\n</div>\n");
    }

    private void AppendBreakdown(StringBuilder sb, string title, string id, string dimension, Func<string, bool> keep)
    {
        var rows = _values.Where(v => v.IndicatorId == id && v.Dimension == dimension && keep(v.Category))
            .OrderBy(v => v.Category, StringComparer.Ordinal).ToArray();
        if (rows.Length == 0) return;
        var definition = Definition(id);
        sb.Append("<h2>").Append(E(title)).Append("</h2>\n");
        if (definition is not null)
            sb.Append(dimension switch
            {
                "mois" => DashboardCharts.Months("tdb-" + dimension, definition, rows),
                "commune" => DashboardCharts.Communes("tdb-" + dimension, definition, rows, CommuneReferential.Default),
                _ => DashboardCharts.Categories("tdb-" + dimension, definition, rows, dimension),
            });
        sb.Append("<table><caption class=\"note\">").Append(E(definition?.Label ?? id))
          .Append("</caption><thead><tr><th scope=\"col\">").Append(E(dimension)).Append("</th><th scope=\"col\" class=\"n\">Valeur</th></tr></thead><tbody>\n");
        foreach (var v in rows)
            sb.Append("<tr><td>").Append(E(v.Category)).Append("</td><td class=\"n\">").Append(Cell(v, definition)).Append("</td></tr>\n");
        sb.Append("</tbody></table>\n");
    }

    private void AppendFlows(StringBuilder sb)
    {
        var rows = _flows.Where(f => filter.Matches(f.CommuneInsee, f.Dispositif))
            .GroupBy(f => (f.Funder, f.Programme, f.Dispositif))
            .Select(g => (g.Key, Amount: g.Sum(f => f.AmountEur), Estimated: g.Any(f => f.Estimated)))
            .OrderBy(r => r.Key.Funder, StringComparer.Ordinal).ThenBy(r => r.Key.Programme, StringComparer.Ordinal)
            .ThenBy(r => r.Key.Dispositif, StringComparer.Ordinal).ToArray();
        sb.Append("<h2>Flux d'aides</h2>\n");
        if (rows.Length == 0) { sb.Append("<p>Aucun flux pour ce filtre.</p>\n"); return; }
        sb.Append(DashboardCharts.Flows("tdb-flux", [.. _flows.Where(f => filter.Matches(f.CommuneInsee, f.Dispositif))]));
        sb.Append("<table><thead><tr><th scope=\"col\">Financeur</th><th scope=\"col\">Programme</th><th scope=\"col\">Dispositif</th>")
          .Append("<th scope=\"col\" class=\"n\">Montant</th><th scope=\"col\">Estimé</th></tr></thead><tbody>\n");
        foreach (var r in rows)
            sb.Append("<tr><td>").Append(E(r.Key.Funder)).Append("</td><td>").Append(E(r.Key.Programme)).Append("</td><td>")
              .Append(E(r.Key.Dispositif)).Append("</td><td class=\"n\">").Append(DashboardEndpoints.Number(r.Amount, 2))
              .Append(" €</td><td>").Append(r.Estimated ? "oui" : "non").Append("</td></tr>\n");
        sb.Append("</tbody></table>\n<p><a class=\"button\" href=\"/tableau-de-bord/flux.csv?operation=").Append(E(Uri.EscapeDataString(results.OperationId)));
        var q = filter.ToQuery();
        if (q.Length > 0) sb.Append("&amp;").Append(E(q));
        sb.Append("\" download>Télécharger ces flux (CSV)</a></p>\n");
    }

    private IEnumerable<string> Categories(string dimension) =>
        _values.Where(v => v.Dimension == dimension).Select(v => v.Category).Distinct();

    private IndicatorDefinition? Definition(string id) => results.Definitions.FirstOrDefault(d => d.Id == id);

    private static string Cell(IndicatorValue v, IndicatorDefinition? d) =>
        v.Suppressed || v.Value is null
            ? "<span class=\"secret\" title=\"Secret statistique : effectif trop faible\">secret</span>"
            : DashboardEndpoints.Number(v.Value.Value, d?.Unit == "%" ? 0 : (v.Value.Value % 1 == 0 ? 0 : 1)) + (d?.Unit is "%" ? " %" : d?.Unit is "€" ? " €" : "");
}
