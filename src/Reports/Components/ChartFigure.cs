using Vacances.Reports.Model;
using Vacances.Reports.Rendering;

namespace Vacances.Reports.Components;

/// <summary>
/// A chart: a title, the inline SVG (from <see cref="Charts"/>), a caption with the source and a text
/// alternative read by screen readers and carried into the tagged PDF. Never split across pages.
/// </summary>
/// <param name="Svg">Self-contained SVG markup produced by the chart builders (trusted, not re-encoded).</param>
/// <param name="AltText">What the chart shows, in words, for readers who cannot see it.</param>
public sealed record ChartFigure(string Title, string Svg, string Caption, string AltText) : IReportBlock
{
    public void WriteHtml(HtmlWriter html)
    {
        html.Raw("<figure class=\"chart\" role=\"img\" aria-label=\"").Text(AltText).Raw("\">\n");
        html.Element("div", "chart-title", Title);
        html.Raw("<div class=\"chart-body\" aria-hidden=\"true\">").Raw(Svg).Raw("</div>\n");
        html.Element("figcaption", null, Caption);
        html.Raw("</figure>\n");
    }
}
