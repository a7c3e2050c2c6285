using Vacances.Reports.Model;
using Vacances.Reports.Rendering;

namespace Vacances.Reports.Components;

/// <summary>A boxed note explaining how figures were obtained (sources, definitions, weighting, limits).</summary>
public sealed record MethodologyNote(string Title, IReadOnlyList<string> Paragraphs) : IReportBlock
{
    public void WriteHtml(HtmlWriter html)
    {
        html.Raw("<aside class=\"method\">\n");
        html.Element("h3", null, Title);
        foreach (var paragraph in Paragraphs) html.Element("p", null, paragraph);
        html.Raw("</aside>\n");
    }
}
