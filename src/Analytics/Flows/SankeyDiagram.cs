using Vacances.Ingest.Model;

namespace Vacances.Analytics.Flows;

/// <summary>
/// The data of the aid-flow Sankey chart (DESIGN §4.4, §8): funder → programme → dispositif. Nodes are ordered by
/// column then id, links by source then target, so the same flows always give the same diagram.
/// </summary>
public sealed record SankeyDiagram(IReadOnlyList<SankeyNode> Nodes, IReadOnlyList<SankeyLink> Links)
{
    /// <summary>Builds the diagram from the aggregated flows; funder labels come from the operation's funders.</summary>
    public static SankeyDiagram From(IReadOnlyList<AidFlow> flows, IReadOnlyList<FunderInfo> funders)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in funders) names.TryAdd(f.Code, f.Name);

        var links = new Dictionary<(string Source, string Target), (decimal Amount, decimal Estimated)>();
        var labels = new Dictionary<string, (string Label, int Column)>(StringComparer.Ordinal);
        foreach (var flow in flows)
        {
            var funder = "financeur:" + flow.Funder;
            var programme = "programme:" + flow.Programme;
            var dispositif = "dispositif:" + (flow.Dispositif.Length == 0 ? "inconnu" : flow.Dispositif);
            labels.TryAdd(funder, (names.GetValueOrDefault(flow.Funder, flow.Funder), 0));
            labels.TryAdd(programme, (flow.Programme, 1));
            labels.TryAdd(dispositif, (flow.Dispositif.Length == 0 ? "inconnu" : flow.Dispositif, 2));
            Add(links, (funder, programme), flow);
            Add(links, (programme, dispositif), flow);
        }

        var inflow = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var outflow = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var ((source, target), (amount, _)) in links)
        {
            outflow[source] = outflow.GetValueOrDefault(source) + amount;
            inflow[target] = inflow.GetValueOrDefault(target) + amount;
        }

        var nodes = labels
            .Select(kv => new SankeyNode(kv.Key, kv.Value.Label, kv.Value.Column,
                Math.Max(inflow.GetValueOrDefault(kv.Key), outflow.GetValueOrDefault(kv.Key))))
            .OrderBy(n => n.Column).ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToArray();
        var linkList = links
            .Select(kv => new SankeyLink(kv.Key.Source, kv.Key.Target, kv.Value.Amount, kv.Value.Estimated))
            .OrderBy(l => l.SourceId, StringComparer.Ordinal).ThenBy(l => l.TargetId, StringComparer.Ordinal)
            .ToArray();
        return new SankeyDiagram(nodes, linkList);
    }

    private static void Add(
        Dictionary<(string, string), (decimal Amount, decimal Estimated)> links, (string, string) key, AidFlow flow)
    {
        var (amount, estimated) = links.GetValueOrDefault(key);
        links[key] = (amount + flow.AmountEur, estimated + (flow.Estimated ? flow.AmountEur : 0m));
    }
}
