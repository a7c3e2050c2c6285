using Vacances.Reports.Model;
using Vacances.Reports.Rendering;

namespace Vacances.Reports.Components;

/// <summary>Forces what follows onto a new page (the verso of a commune fiche).</summary>
public sealed record PageBreak : IReportBlock
{
    public void WriteHtml(HtmlWriter html) => html.Raw("<div class=\"page-break\"></div>\n");
}
