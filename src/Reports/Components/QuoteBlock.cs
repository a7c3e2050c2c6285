using Vacances.Reports.Model;
using Vacances.Reports.Rendering;

namespace Vacances.Reports.Components;

/// <summary>A verbatim answer, quoted as written (seed 001 quotes partants and professionals this way).</summary>
/// <param name="Attribution">Who or what it comes from, e.g. « Réponse libre d'un partant — confiance 0,93 ».</param>
public sealed record QuoteBlock(string Text, string Attribution) : IReportBlock
{
    public void WriteHtml(HtmlWriter html)
    {
        html.Raw("<blockquote class=\"verbatim\"><p>« ").Text(Text).Raw(" »</p>");
        html.Raw("<footer>").Text(Attribution).Raw("</footer></blockquote>\n");
    }
}
