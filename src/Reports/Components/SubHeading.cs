using Vacances.Reports.Model;
using Vacances.Reports.Rendering;

namespace Vacances.Reports.Components;

/// <summary>A second-level heading inside a section (an <c>h2</c>, so a PDF outline entry); never left alone at a page foot.</summary>
public sealed record SubHeading(string Text) : IReportBlock
{
    public void WriteHtml(HtmlWriter html) => html.Element("h2", null, Text);
}
