using AidFlow = Vacances.Analytics.Flows.AidFlow;
using Vacances.Analytics.Indicators;
using Vacances.Ingest.Referential;
using Vacances.Reports.Catalogue;
using Vacances.Reports.Charts;
using Vacances.Reports.Components;
using Vacances.Reports.Formatting;
using Vacances.Reports.Rendering;

namespace Vacances.Web.Pages;

/// <summary>
/// The dashboard's charts, drawn with the reports' own components (DESIGN §8, §9): <see cref="BarChart"/> (ScottPlot)
/// for the indicator breakdowns, <see cref="SankeyDiagram"/> for the aid flows, each in a <see cref="ChartFigure"/>
/// (inline SVG, title, caption, text alternative). A cell hidden by disclosure control keeps its bar slot, at zero,
/// labelled « secret », and the caption counts the hidden categories — never drawn as a real zero.
/// </summary>
public static class DashboardCharts
{
    public const string SecretLabel = "secret";

    /// <summary>Columns per month (<c>2026-05</c> → « mai 2026 »), in calendar order.</summary>
    public static string Months(string key, IndicatorDefinition definition, IReadOnlyList<IndicatorValue> cells) =>
        Bars(key, definition, cells, "mois", CategoryLabels.Month, vertical: true);

    /// <summary>Horizontal bars per commune, named from the COG (<see cref="CommuneReferential.NameOf"/>).</summary>
    public static string Communes(string key, IndicatorDefinition definition, IReadOnlyList<IndicatorValue> cells, CommuneReferential communes) =>
        Bars(key, definition, cells, "commune", communes.NameOf, vertical: false);

    /// <summary>Horizontal bars for any other dimension (dispositifs get their French names).</summary>
    public static string Categories(string key, IndicatorDefinition definition, IReadOnlyList<IndicatorValue> cells, string dimension) =>
        Bars(key, definition, cells, dimension, dimension == "dispositif" ? CategoryLabels.Dispositif : CategoryLabels.Humanise, vertical: false);

    /// <summary>The Sankey funder → programme → dispositif of <paramref name="flows"/> (already scoped to the user).</summary>
    public static string Flows(string key, IReadOnlyList<AidFlow> flows)
    {
        var funders = Nodes(flows, f => f.Funder, c => c);
        var programmes = Nodes(flows, f => "p:" + f.Programme, c => c[2..]);
        var dispositifs = Nodes(flows, f => "d:" + f.Dispositif, c => CategoryLabels.Dispositif(c[2..]));
        var links = flows.GroupBy(f => (f.Funder, "p:" + f.Programme)).Select(g => new SankeyLink(g.Key.Item1, g.Key.Item2, g.Sum(f => f.AmountEur)))
            .Concat(flows.GroupBy(f => ("p:" + f.Programme, "d:" + f.Dispositif)).Select(g => new SankeyLink(g.Key.Item1, g.Key.Item2, g.Sum(f => f.AmountEur))))
            .OrderBy(l => l.Source, StringComparer.Ordinal).ThenBy(l => l.Target, StringComparer.Ordinal).ToList();
        var svg = SankeyDiagram.Render(key, [funders, programmes, dispositifs], ["Financeurs", "Programmes", "Dispositifs"], links);
        var total = flows.Sum(f => f.AmountEur);
        var alt = "Diagramme de flux des aides, " + FrenchFormat.EurosCompact(total) + " au total. Financeurs : " +
                  string.Join(" ; ", flows.GroupBy(f => f.Funder).OrderBy(g => g.Key, StringComparer.Ordinal)
                      .Select(g => g.Key + " " + FrenchFormat.EurosCompact(g.Sum(f => f.AmountEur)))) + ".";
        return Figure(new ChartFigure("Des financeurs aux dispositifs : les flux d'aides", svg,
            "Largeur des liens proportionnelle aux montants. Source : reconstitution des flux d'aides.", alt));
    }

    private static string Bars(string key, IndicatorDefinition definition, IReadOnlyList<IndicatorValue> cells, string dimension,
        Func<string, string> label, bool vertical)
    {
        var bars = cells.Select(v => v.Suppressed || v.Value is null
            ? new ChartBar(label(v.Category), 0, SecretLabel)
            : new ChartBar(label(v.Category), IndicatorDisplay.ChartValue(v), IndicatorDisplay.Text(definition, v))).ToList();
        var svg = vertical
            ? BarChart.Vertical(key, bars, IndicatorDisplay.AxisLabel(definition), IndicatorDisplay.TickFormat(definition))
            : BarChart.Horizontal(key, bars, IndicatorDisplay.AxisLabel(definition), IndicatorDisplay.TickFormat(definition));
        var hidden = cells.Count(v => v.Suppressed || v.Value is null);
        var title = definition.Label + " par " + CategoryLabels.Dimension(dimension).ToLowerInvariant();
        var caption = "Source : catalogue d'indicateurs, " + definition.Id + "." + (hidden > 0
            ? $" {FrenchFormat.Integer(hidden)} catégorie(s) masquée(s) par le secret statistique (« {SecretLabel} »)."
            : "");
        var alt = title + " : " + string.Join(" ; ", bars.Select(b => b.Label + " " + b.ValueLabel)) + ".";
        return Figure(new ChartFigure(title, svg, caption, alt));
    }

    private static IReadOnlyList<SankeyNode> Nodes(IReadOnlyList<AidFlow> flows, Func<AidFlow, string> key, Func<string, string> label) =>
        [.. flows.GroupBy(key).OrderByDescending(g => g.Sum(f => f.AmountEur)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SankeyNode(g.Key, label(g.Key)))];

    private static string Figure(ChartFigure figure)
    {
        var html = new HtmlWriter();
        figure.WriteHtml(html);
        return html.ToString();
    }
}
