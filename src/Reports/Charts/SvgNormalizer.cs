using System.Text.RegularExpressions;

namespace Vacances.Reports.Charts;

/// <summary>
/// Makes ScottPlot's SVG fit for inlining in a report: drops the XML declaration, adds a <c>viewBox</c> so the chart
/// scales to the column width, and renames element ids (ScottPlot's SkiaSharp canvas numbers its clip paths with a
/// process-wide counter, e.g. <c>cl_4</c>) to ids derived from the chart's own key in order of appearance — so the
/// same chart gives the same bytes in any process, and two charts of one page never share an id. Skia's SVG canvas
/// also writes the position of every glyph of a label (<c>x="-18.9, -11.9, -4.9, …"</c>); only the first is kept,
/// Chromium lays the rest out with the same font (DejaVu Sans): the printed page looks the same (compared at 60 dpi)
/// and the SVG is about a fifth lighter, with one positioned run per label instead of one per glyph in the PDF.
/// </summary>
public static partial class SvgNormalizer
{
    public static string Normalize(string svg, string chartKey, int width, int height)
    {
        var body = GlyphPositions().Replace(XmlDeclaration().Replace(svg, string.Empty).TrimStart(), "$1\"");
        body = RootElement().Replace(body, _ =>
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" preserveAspectRatio=\"xMidYMid meet\" focusable=\"false\">", 1);
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(body))
        {
            var id = match.Groups[1].Value;
            if (!renames.ContainsKey(id)) renames[id] = $"{chartKey}-{renames.Count + 1}";
        }
        if (renames.Count == 0) return body;
        return IdReference().Replace(body, m =>
        {
            var id = m.Groups["id"].Value;
            return renames.TryGetValue(id, out var renamed) ? m.Value.Replace(id, renamed, StringComparison.Ordinal) : m.Value;
        });
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    /// <summary>A per-glyph coordinate list, <c>x="a, b, c, "</c>; group 1 is the attribute up to its first value.</summary>
    [GeneratedRegex("(\\s[xy]=\"[^\",]+),[^\"]*\"")]
    private static partial Regex GlyphPositions();

    [GeneratedRegex(@"<svg\b[^>]*>")]
    private static partial Regex RootElement();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("(\\bid=\"(?<id>[^\"]+)\")|(url\\(#(?<id>[^)]+)\\))|(href=\"#(?<id>[^\"]+)\")")]
    private static partial Regex IdReference();
}
