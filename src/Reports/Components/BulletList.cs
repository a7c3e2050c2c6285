using Vacances.Reports.Model;
using Vacances.Reports.Rendering;

namespace Vacances.Reports.Components;

/// <summary>A bulleted list of short French sentences.</summary>
public sealed record BulletList(IReadOnlyList<string> Items) : IReportBlock
{
    public void WriteHtml(HtmlWriter html)
    {
        html.Raw("<ul>\n");
        foreach (var item in Items) html.Element("li", null, item);
        html.Raw("</ul>\n");
    }
}
