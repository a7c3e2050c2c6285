using Vacances.Reports.Model;

namespace Vacances.Reports.Rendering;

/// <summary>
/// Renders a <see cref="ReportDocument"/> to one self-contained HTML file: inline CSS (<see cref="ReportStyles"/>),
/// inline SVG charts, local fonts, no script and no external resource. Pure: the same document gives the same
/// bytes (DESIGN §8).
/// </summary>
public static class HtmlReportRenderer
{
    public static string Render(ReportDocument document)
    {
        var html = new HtmlWriter();
        html.Raw("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Raw("<title>").Text(document.Title).Raw("</title>\n");
        html.Raw("<style>\n")
            .Raw(ReportStyles.Css(document.RunningHeader, document.RunningHeaderRight, document.Cover is not null))
            .Raw("</style>\n</head>\n<body>\n");
        if (document.Cover is { } cover) WriteCover(html, cover);
        var first = true;
        foreach (var section in document.Sections)
        {
            var classes = first && document.Cover is null ? "section first"
                : section.StartsOnNewPage ? "section" : "section continued";
            html.Raw("<section id=\"").Text(section.Id).Raw("\" class=\"").Raw(classes).Raw("\">\n");
            html.Element("h1", null, section.Title);
            foreach (var block in section.Blocks) block.WriteHtml(html);
            html.Raw("</section>\n");
            first = false;
        }
        html.Raw("</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteCover(HtmlWriter html, CoverPage cover)
    {
        html.Raw("<section id=\"couverture\" class=\"cover\">\n<div class=\"band\">\n");
        html.Element("div", "kicker", cover.Kicker);
        html.Element("h1", "cover-title", cover.Title);
        html.Element("div", "subtitle", cover.Subtitle);
        html.Raw("</div>\n<div class=\"accent\"></div>\n<div class=\"details\">\n");
        foreach (var line in cover.Lines) html.Element("p", null, line);
        html.Raw("</div>\n");
        html.Element("div", "date", cover.DateLine);
        html.Raw("</section>\n");
    }
}
