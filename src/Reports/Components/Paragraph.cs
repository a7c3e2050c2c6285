using Vacances.Reports.Model;
using Vacances.Reports.Rendering;

namespace Vacances.Reports.Components;

/// <summary>A paragraph of running text; <paramref name="CssClass"/> e.g. <c>lead</c> for an introduction.</summary>
public sealed record Paragraph(string Text, string? CssClass = null) : IReportBlock
{
    public void WriteHtml(HtmlWriter html) => html.Element("p", CssClass, Text);
}
