using System.Globalization;
using Vacances.Reports.Model;
using Vacances.Reports.Rendering;

namespace Vacances.Reports.Components;

/// <summary>A grid of key-figure tiles (three per row at A4 width), kept on one page.</summary>
public sealed record KeyFigureTiles(IReadOnlyList<KeyFigure> Figures) : IReportBlock
{
    public void WriteHtml(HtmlWriter html)
    {
        html.Raw("<div class=\"tiles\">\n");
        foreach (var figure in Figures)
        {
            html.Raw("<div class=\"tile\"");
            if (figure.IndicatorId is not null)
                html.Raw(" data-indicator=\"").Text(figure.IndicatorId).Raw("\"");
            if (figure.RawValue is { } raw)
                html.Raw(" data-value=\"").Raw(raw.ToString(CultureInfo.InvariantCulture)).Raw("\"");
            html.Raw(">");
            html.Element("div", "tile-value", figure.Value);
            html.Element("div", "tile-label", figure.Label);
            if (figure.Detail.Length > 0) html.Element("div", "tile-detail", figure.Detail);
            html.Raw("</div>\n");
        }
        html.Raw("</div>\n");
    }
}
