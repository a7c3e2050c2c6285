namespace Vacances.Reports.Charts;

/// <summary>
/// The geometry of a three-column Sankey diagram (funder → programme → dispositif, DESIGN §4.4), computed apart from
/// drawing so it can be tested: every column has the same total height scale, a node's height is proportional to
/// the larger of what enters and what leaves it, and a link's width to its amount.
/// </summary>
public sealed class SankeyLayout
{
    /// <summary>A placed node: column index, top and height in SVG units, the amount it carries.</summary>
    public sealed record PlacedNode(int Column, SankeyNode Node, double Top, double Height, decimal Amount);

    /// <summary>A placed link: its vertical span at the source and at the target (equal widths).</summary>
    public sealed record PlacedLink(SankeyLink Link, int SourceColumn, double SourceTop, double TargetTop, double Width);

    public IReadOnlyList<PlacedNode> Nodes { get; }
    public IReadOnlyList<PlacedLink> Links { get; }

    /// <summary>SVG units per euro.</summary>
    public double Scale { get; }

    /// <param name="columns">Node keys in display order, per column (three columns).</param>
    /// <param name="links">Links between column 0 → 1 and 1 → 2.</param>
    /// <param name="top">Top of the drawing area; <paramref name="height"/> its height; <paramref name="gap"/> between nodes.</param>
    public SankeyLayout(IReadOnlyList<IReadOnlyList<SankeyNode>> columns, IReadOnlyList<SankeyLink> links, double top, double height, double gap)
    {
        var columnOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Count; c++)
            foreach (var node in columns[c]) columnOf[ColumnKey(c, node.Key)] = c;
        var outgoing = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var incoming = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var resolved = new List<(SankeyLink Link, int Column)>();
        foreach (var link in links)
        {
            var c = FindSourceColumn(columnOf, link, columns.Count);
            resolved.Add((link, c));
            Add(outgoing, ColumnKey(c, link.Source), link.Amount);
            Add(incoming, ColumnKey(c + 1, link.Target), link.Amount);
        }

        decimal NodeAmount(int c, string key) =>
            Math.Max(outgoing.GetValueOrDefault(ColumnKey(c, key)), incoming.GetValueOrDefault(ColumnKey(c, key)));

        var maxTotal = 0m;
        var maxCount = 1;
        for (var c = 0; c < columns.Count; c++)
        {
            maxTotal = Math.Max(maxTotal, columns[c].Sum(n => NodeAmount(c, n.Key)));
            maxCount = Math.Max(maxCount, columns[c].Count);
        }
        Scale = maxTotal == 0 ? 0 : (height - gap * (maxCount - 1)) / (double)maxTotal;

        var nodes = new List<PlacedNode>();
        var topOf = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Count; c++)
        {
            var amounts = columns[c].Select(n => NodeAmount(c, n.Key)).ToArray();
            var used = amounts.Sum(a => (double)a * Scale) + gap * (columns[c].Count - 1);
            var y = top + (height - used) / 2;
            for (var i = 0; i < columns[c].Count; i++)
            {
                var h = (double)amounts[i] * Scale;
                nodes.Add(new PlacedNode(c, columns[c][i], y, h, amounts[i]));
                topOf[ColumnKey(c, columns[c][i].Key)] = y;
                y += h + gap;
            }
        }
        Nodes = nodes;

        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Count; c++)
            for (var i = 0; i < columns[c].Count; i++) order[ColumnKey(c, columns[c][i].Key)] = i;
        var sourceCursor = new Dictionary<string, double>(topOf, StringComparer.Ordinal);
        var targetCursor = new Dictionary<string, double>(topOf, StringComparer.Ordinal);
        var placed = new List<PlacedLink>();
        // Links leave a node in the order of their targets and enter one in the order of their sources: no crossing at the nodes.
        foreach (var (link, c) in resolved
                     .OrderBy(r => r.Column)
                     .ThenBy(r => order[ColumnKey(r.Column, r.Link.Source)])
                     .ThenBy(r => order[ColumnKey(r.Column + 1, r.Link.Target)]))
        {
            var width = (double)link.Amount * Scale;
            var sourceKey = ColumnKey(c, link.Source);
            var targetKey = ColumnKey(c + 1, link.Target);
            var sourceTop = sourceCursor[sourceKey];
            sourceCursor[sourceKey] += width;
            placed.Add(new PlacedLink(link, c, sourceTop, 0, width));
        }
        var result = new List<PlacedLink>(placed.Count);
        foreach (var p in placed
                     .OrderBy(p => p.SourceColumn)
                     .ThenBy(p => order[ColumnKey(p.SourceColumn + 1, p.Link.Target)])
                     .ThenBy(p => order[ColumnKey(p.SourceColumn, p.Link.Source)]))
        {
            var targetKey = ColumnKey(p.SourceColumn + 1, p.Link.Target);
            result.Add(p with { TargetTop = targetCursor[targetKey] });
            targetCursor[targetKey] += p.Width;
        }
        Links = result
            .OrderBy(p => p.SourceColumn)
            .ThenBy(p => order[ColumnKey(p.SourceColumn, p.Link.Source)])
            .ThenBy(p => order[ColumnKey(p.SourceColumn + 1, p.Link.Target)])
            .ToList();
    }

    private static int FindSourceColumn(Dictionary<string, int> columnOf, SankeyLink link, int columnCount)
    {
        for (var c = 0; c < columnCount - 1; c++)
            if (columnOf.ContainsKey(ColumnKey(c, link.Source)) && columnOf.ContainsKey(ColumnKey(c + 1, link.Target))) return c;
        throw new ArgumentException($"Lien {link.Source} → {link.Target} sans nœuds correspondants dans deux colonnes voisines.");
    }

    private static void Add(Dictionary<string, decimal> totals, string key, decimal amount) =>
        totals[key] = totals.GetValueOrDefault(key) + amount;

    private static string ColumnKey(int column, string key) => column.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + key;
}
