using System.Globalization;
using System.Text;
using Vacances.Reports.Formatting;
using Vacances.Reports.Rendering;

namespace Vacances.Reports.Charts;

/// <summary>
/// Draws the aid flows as a three-column Sankey diagram in plain SVG (ScottPlot has no Sankey plot type): nodes as
/// bars, links as filled Bézier bands whose width is proportional to the amount (<see cref="SankeyLayout"/>), labels
/// with the French-formatted amount. Coordinates are written with two decimals in the invariant culture, so the same
/// flows give the same bytes.
/// </summary>
public static class SankeyDiagram
{
    private const int Height = 540;
    private const double Top = 34;
    private const double DrawHeight = 490;
    private const double NodeWidth = 14;
    private const double LabelSpacing = 25;
    private static readonly double[] ColumnX = [170, 345, 505];

    /// <param name="columns">Funders, programmes, dispositifs, each in display order.</param>
    /// <param name="columnTitles">Column headings, e.g. « Financeurs ».</param>
    public static string Render(
        string chartKey,
        IReadOnlyList<IReadOnlyList<SankeyNode>> columns,
        IReadOnlyList<string> columnTitles,
        IReadOnlyList<SankeyLink> links)
    {
        var layout = new SankeyLayout(columns, links, Top, DrawHeight, 8);
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {ChartTheme.Width} {Height}\" width=\"{ChartTheme.Width}\" height=\"{Height}\" focusable=\"false\" font-family=\"DejaVu Sans\">\n");
        svg.Append($"<rect width=\"{ChartTheme.Width}\" height=\"{Height}\" fill=\"white\"/>\n");
        for (var c = 0; c < columnTitles.Count && c < ColumnX.Length; c++)
        {
            var anchor = c == 0 ? "end" : "start";
            var x = c == 0 ? ColumnX[c] + NodeWidth : ColumnX[c];
            svg.Append($"<text x=\"{F(x)}\" y=\"16\" font-size=\"11\" font-weight=\"bold\" fill=\"#1D2A33\" text-anchor=\"{anchor}\">{HtmlWriter.Encode(columnTitles[c])}</text>\n");
        }

        var colourOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var first = layout.Nodes.Where(n => n.Column == 0).ToList();
        for (var i = 0; i < first.Count; i++) colourOf[first[i].Node.Key] = ChartTheme.Palette[i % ChartTheme.Palette.Count];
        // A programme's outgoing links take the colour of its main funder, so a funder's money can be followed.
        var programmeColour = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in layout.Links.Where(l => l.SourceColumn == 0).OrderByDescending(l => l.Link.Amount).ThenBy(l => l.Link.Source, StringComparer.Ordinal))
            programmeColour.TryAdd(link.Link.Target, colourOf[link.Link.Source]);

        svg.Append("<g fill-opacity=\"0.38\">\n");
        foreach (var link in layout.Links)
        {
            var x0 = ColumnX[link.SourceColumn] + NodeWidth;
            var x1 = ColumnX[link.SourceColumn + 1];
            var xm = (x0 + x1) / 2;
            var w = Math.Max(link.Width, 0.6);
            var colour = link.SourceColumn == 0 ? colourOf[link.Link.Source] : programmeColour.GetValueOrDefault(link.Link.Source, "#5A6A75");
            svg.Append($"<path fill=\"{colour}\" d=\"M{F(x0)} {F(link.SourceTop)} C{F(xm)} {F(link.SourceTop)} {F(xm)} {F(link.TargetTop)} {F(x1)} {F(link.TargetTop)} " +
                       $"L{F(x1)} {F(link.TargetTop + w)} C{F(xm)} {F(link.TargetTop + w)} {F(xm)} {F(link.SourceTop + w)} {F(x0)} {F(link.SourceTop + w)} Z\" data-amount=\"{link.Link.Amount.ToString("0.00", CultureInfo.InvariantCulture)}\" data-width=\"{F(link.Width)}\"/>\n");
        }
        svg.Append("</g>\n");

        foreach (var node in layout.Nodes)
        {
            var colour = node.Column == 0 ? colourOf[node.Node.Key] : node.Column == 1 ? programmeColour.GetValueOrDefault(node.Node.Key, "#0F4C5C") : "#0F4C5C";
            svg.Append($"<rect x=\"{F(ColumnX[node.Column])}\" y=\"{F(node.Top)}\" width=\"{F(NodeWidth)}\" height=\"{F(Math.Max(node.Height, 0.8))}\" fill=\"{colour}\"/>\n");
        }

        for (var c = 0; c < ColumnX.Length; c++)
        {
            var column = layout.Nodes.Where(n => n.Column == c).ToList();
            var ys = SpreadLabels(column.Select(n => n.Top + n.Height / 2).ToList());
            for (var i = 0; i < column.Count; i++)
            {
                var node = column[i];
                var anchor = c == 0 ? "end" : "start";
                var x = c == 0 ? ColumnX[c] - 5 : ColumnX[c] + NodeWidth + 5;
                var name = HtmlWriter.Encode(Shorten(node.Node.Label, c == 0 ? 26 : 24));
                var amount = HtmlWriter.Encode(FrenchFormat.EurosCompact(node.Amount));
                svg.Append($"<text x=\"{F(x)}\" y=\"{F(ys[i] - 2)}\" font-size=\"10.5\" fill=\"#1D2A33\" text-anchor=\"{anchor}\" paint-order=\"stroke\" stroke=\"white\" stroke-width=\"3\" stroke-linejoin=\"round\">{name}</text>\n");
                svg.Append($"<text x=\"{F(x)}\" y=\"{F(ys[i] + 10)}\" font-size=\"9.5\" fill=\"#4A5A66\" text-anchor=\"{anchor}\" paint-order=\"stroke\" stroke=\"white\" stroke-width=\"3\" stroke-linejoin=\"round\">{amount}</text>\n");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Moves label centres apart so that two-line labels never overlap, staying inside the drawing.</summary>
    internal static IReadOnlyList<double> SpreadLabels(IReadOnlyList<double> centres)
    {
        var ys = centres.ToArray();
        for (var i = 1; i < ys.Length; i++) ys[i] = Math.Max(ys[i], ys[i - 1] + LabelSpacing);
        var bottom = Top + DrawHeight + 8;
        if (ys.Length > 0 && ys[^1] > bottom)
        {
            ys[^1] = bottom;
            for (var i = ys.Length - 2; i >= 0; i--) ys[i] = Math.Min(ys[i], ys[i + 1] - LabelSpacing);
        }
        return ys;
    }

    private static string Shorten(string label, int max) => label.Length <= max ? label : label[..(max - 1)].TrimEnd() + "…";

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
