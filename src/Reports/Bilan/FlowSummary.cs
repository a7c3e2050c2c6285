using Vacances.Analytics.Flows;
using Vacances.Reports.Catalogue;
using Vacances.Reports.Charts;
using Vacances.Reports.Components;
using Vacances.Reports.Formatting;
using SankeyDiagram = Vacances.Reports.Charts.SankeyDiagram;
using SankeyLink = Vacances.Reports.Charts.SankeyLink;
using SankeyNode = Vacances.Reports.Charts.SankeyNode;

namespace Vacances.Reports.Bilan;

/// <summary>
/// Aggregations of the aid-flow lines (DESIGN §4.4) shared by the bilan, the fiches and the funder reports: sums by
/// funder and programme (recorded / estimated), the Sankey chart funder → programme → dispositif, amounts by one key.
/// Every amount shown is a sum of <see cref="AidFlow.AmountEur"/>.
/// </summary>
public static class FlowSummary
{
    /// <summary>Nodes below this share of the total are grouped into « Autres … » in the Sankey, to keep labels legible.</summary>
    public const decimal GroupingShare = 0.025m;

    /// <summary>Amounts by key, largest first (ties by key).</summary>
    public static IReadOnlyList<(string Key, decimal Amount)> By(IEnumerable<AidFlow> flows, Func<AidFlow, string> key) =>
        flows.GroupBy(key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Amount: g.Sum(f => f.AmountEur)))
            .OrderByDescending(x => x.Amount)
            .ThenBy(x => x.Key, StringComparer.Ordinal)
            .ToList();

    /// <summary>A table funder × programme with recorded, estimated and total amounts and a total row.</summary>
    public static DataTable FunderProgrammeTable(IReadOnlyList<AidFlow> flows, CategoryLabels labels, string caption)
    {
        var columns = new[]
        {
            new TableColumn("Financeur", false), new TableColumn("Programme", false),
            new TableColumn("Enregistré", true), new TableColumn("Estimé", true), new TableColumn("Total", true),
        };
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var (funder, _) in By(flows, f => f.Funder))
        {
            foreach (var (programme, amount) in By(flows.Where(f => f.Funder == funder), f => f.Programme))
            {
                var lines = flows.Where(f => f.Funder == funder && f.Programme == programme).ToList();
                rows.Add([
                    new TableCell(labels.Funder(funder)), new TableCell(labels.Programme(programme)),
                    new TableCell(FrenchFormat.Euros(lines.Where(f => !f.Estimated).Sum(f => f.AmountEur))),
                    new TableCell(FrenchFormat.Euros(lines.Where(f => f.Estimated).Sum(f => f.AmountEur))),
                    new TableCell(FrenchFormat.Euros(amount)),
                ]);
            }
        }
        rows.Add([
            new TableCell("Ensemble", Strong: true), new TableCell(string.Empty, Strong: true),
            new TableCell(FrenchFormat.Euros(flows.Where(f => !f.Estimated).Sum(f => f.AmountEur)), Strong: true),
            new TableCell(FrenchFormat.Euros(flows.Where(f => f.Estimated).Sum(f => f.AmountEur)), Strong: true),
            new TableCell(FrenchFormat.Euros(flows.Sum(f => f.AmountEur)), Strong: true),
        ]);
        return new DataTable(caption, columns, rows,
            "Enregistré : aides déclarées par les financeurs (aids.csv) ; estimé : aides reconstituées par les règles des programmes là où aucun montant n'est enregistré. Source : reconstitution des flux d'aides.");
    }

    /// <summary>The Sankey figure funder → programme → dispositif.</summary>
    public static ChartFigure Sankey(IReadOnlyList<AidFlow> flows, CategoryLabels labels, string key)
    {
        var total = flows.Sum(f => f.AmountEur);
        var funderKey = Grouping(flows, f => f.Funder, total);
        var programmeKey = Grouping(flows, f => f.Programme, total);
        var dispositifKey = Grouping(flows, f => f.Dispositif, total);
        string F(AidFlow f) => funderKey(f.Funder);
        string P(AidFlow f) => programmeKey(f.Programme);
        string D(AidFlow f) => dispositifKey(f.Dispositif);

        var funders = Nodes(By(flows, F), k => k.StartsWith('~') ? OthersLabel(flows, f => f.Funder, funderKey, k, "financeurs") : labels.Funder(k));
        var programmes = Nodes(By(flows, P), k => k.StartsWith('~') ? OthersLabel(flows, f => f.Programme, programmeKey, k, "programmes") : labels.Programme(k));
        var dispositifs = Nodes(By(flows, D), k => k.StartsWith('~') ? OthersLabel(flows, f => f.Dispositif, dispositifKey, k, "dispositifs") : CategoryLabels.Dispositif(k));
        var links = flows.GroupBy(f => (F(f), P(f))).Select(g => new SankeyLink(g.Key.Item1, g.Key.Item2, g.Sum(f => f.AmountEur)))
            .Concat(flows.GroupBy(f => (P(f), D(f))).Select(g => new SankeyLink(g.Key.Item1, g.Key.Item2, g.Sum(f => f.AmountEur))))
            .OrderBy(l => l.Source, StringComparer.Ordinal).ThenBy(l => l.Target, StringComparer.Ordinal)
            .ToList();
        var svg = SankeyDiagram.Render(key, [funders, programmes, dispositifs], ["Financeurs", "Programmes", "Dispositifs"], links);
        var alt = "Diagramme de flux des aides, " + FrenchFormat.EurosCompact(total) + " au total. Financeurs : " +
                  string.Join(" ; ", funders.Select(n => n.Label + " " + FrenchFormat.EurosCompact(By(flows, F).First(x => x.Key == n.Key).Amount))) +
                  ". Dispositifs : " + string.Join(" ; ", dispositifs.Select(n => n.Label + " " + FrenchFormat.EurosCompact(By(flows, D).First(x => x.Key == n.Key).Amount))) + ".";
        return new ChartFigure("Des financeurs aux dispositifs : les flux d'aides", svg,
            "Largeur des liens proportionnelle aux montants. Les financeurs, programmes ou dispositifs de moins de " +
            FrenchFormat.Percent(GroupingShare * 100m, 1) + " du total sont regroupés. Source : reconstitution des flux d'aides.", alt);
    }

    private static Func<string, string> Grouping(IReadOnlyList<AidFlow> flows, Func<AidFlow, string> key, decimal total)
    {
        var small = By(flows, key).Where(x => total > 0 && x.Amount < total * GroupingShare).Select(x => x.Key).ToHashSet(StringComparer.Ordinal);
        if (small.Count < 2) return k => k;
        return k => small.Contains(k) ? "~autres" : k;
    }

    private static string OthersLabel(IReadOnlyList<AidFlow> flows, Func<AidFlow, string> key, Func<string, string> grouping, string groupKey, string noun) =>
        "Autres " + noun + " (" + FrenchFormat.Integer(flows.Select(key).Distinct(StringComparer.Ordinal).Count(k => grouping(k) == groupKey)) + ")";

    private static IReadOnlyList<SankeyNode> Nodes(IReadOnlyList<(string Key, decimal Amount)> amounts, Func<string, string> label) =>
        amounts.OrderBy(a => a.Key.StartsWith('~') ? 1 : 0).Select(a => new SankeyNode(a.Key, label(a.Key))).ToList();
}
