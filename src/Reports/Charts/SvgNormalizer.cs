using System.Text.RegularExpressions;

namespace Vacances.Reports.Charts;

/// <summary>
/// Makes ScottPlot's SVG fit for inlining in a report: drops the XML declaration, adds a <c>viewBox</c> so the chart
/// scales to the column width, and renames element ids (ScottPlot's SkiaSharp canvas numbers its clip paths with a
/// process-wide counter, e.g. <c>cl_4</c>) to ids derived from the chart's own key in order of appearance — so the
/// same chart gives the same bytes in any process, and two charts of one page never share an id.
/// </summary>
public static partial class SvgNormalizer
{
    public static string Normalize(string svg, string chartKey, int width, int height)
    {
        var body = XmlDeclaration().Replace(svg, string.Empty).TrimStart();
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

    [GeneratedRegex(@"<svg\b[^>]*>")]
    private static partial Regex RootElement();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("(\\bid=\"(?<id>[^\"]+)\")|(url\\(#(?<id>[^)]+)\\))|(href=\"#(?<id>[^\"]+)\")")]
    private static partial Regex IdReference();
}
