using System.Text.RegularExpressions;
using Vacances.Reports.Bilan;
using Vacances.Reports.Rendering;
using Vacances.Reports.Tests.Fixtures;

namespace Vacances.Reports.Tests.Rendering;

public class HtmlReportRendererTests
{
    private static readonly string Html = HtmlReportRenderer.Render(BilanBuilder.Build(SampleBilanInput.Create()));

    [Fact]
    public void Render_WritesBilanSectionsInDesignOrder_AfterTheCover()
    {
        var ids = Regex.Matches(Html, "<section id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["couverture", .. BilanBuilder.SectionOrder], ids);
    }

    [Fact]
    public void Render_DeclaresA4PagesRunningHeaderAndPageCounter_InThePrintStylesheet()
    {
        Assert.Contains("size: A4;", Html);
        Assert.Contains("@top-left { content: \"Ne rêvez plus, partez ! — édition 2026\";", Html);
        Assert.Contains("content: \"page \" counter(page) \" / \" counter(pages);", Html);
        Assert.Contains("@page :first {", Html);
    }

    [Fact]
    public void Render_RepeatsTableHeadersAndAvoidsBreaks_InThePrintStylesheet()
    {
        Assert.Contains("table.data thead { display: table-header-group; }", Html);
        Assert.Contains("h1, h2, h3 { font-family: \"DejaVu Sans\", sans-serif; break-after: avoid;", Html);
        Assert.Contains("figure.chart { margin: 2mm 0 5mm; break-inside: avoid;", Html);
        Assert.Contains("<thead><tr><th scope=\"col\">", Html);
    }

    [Fact]
    public void Render_IsSelfContained_WhenInspectingResources()
    {
        Assert.DoesNotContain("<script", Html);
        Assert.DoesNotContain("<link", Html);
        Assert.DoesNotContain("src=\"http", Html);
        Assert.Contains("<html lang=\"fr\">", Html);
    }

    [Fact]
    public void Render_EncodesOperationText_WhenNameContainsMarkup()
    {
        var input = SampleBilanInput.Create() with { Operation = SampleBilanInput.Create().Operation with { Name = "Op <b>\"x\"</b> & co" } };
        var html = HtmlReportRenderer.Render(BilanBuilder.Build(input));
        Assert.DoesNotContain("<b>\"x\"</b>", html);
        Assert.Contains("Op &lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; co", html);
        Assert.Contains("content: \"Op \\3c b\\3e \\\"x\\\"\\3c /b\\3e  & co\"", html);
    }
}
