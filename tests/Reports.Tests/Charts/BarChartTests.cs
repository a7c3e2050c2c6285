using System.Text.RegularExpressions;
using Vacances.Reports.Charts;
using Vacances.Reports.Formatting;

namespace Vacances.Reports.Tests.Charts;

public class BarChartTests
{
    private static readonly ChartBar[] Communes =
    [
        new("Avion", 2142, "2 142"), new("Méricourt", 1070, "1 070"), new("Éleu-dit-Leauwette", 86, "86"),
        new("Fouquières-lès-Lens", 187, "187"), new("Noyelles-sous-Lens", 210, "210"),
    ];

    private static string Render(string key) => BarChart.Horizontal(key, Communes, "Personnes parties", v => FrenchFormat.Integer((decimal)v));

    [Fact]
    public void Horizontal_DrawsOneBarPerCategoryWithFrenchLabels_WhenGivenCommunes()
    {
        var svg = Render("t1");
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 680 ", svg);
        Assert.Equal(Communes.Length, Regex.Matches(svg, "<rect fill=\"#0F4C5C\"").Count);
        Assert.Contains("Éleu-dit-Leauwette", svg);
        Assert.Contains("font-family=\"DejaVu Sans\"", svg);
        Assert.Contains("1\u202F000", svg);
    }

    [Fact]
    public void Horizontal_GivesIdenticalBytes_WhenRenderedTwice()
    {
        Assert.Equal(Render("same"), Render("same"));
    }

    [Fact]
    public void Horizontal_PrefixesElementIdsWithChartKey_SoChartsOfOnePageNeverShareAnId()
    {
        var ids = Regex.Matches(Render("communes"), "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("communes-", id));
        Assert.DoesNotContain("cl_", Render("communes"));
    }

    [Fact]
    public void Vertical_TiltsLabels_WhenTheyWouldNotFitSideBySide()
    {
        var months = Enumerable.Range(1, 12).Select(m => new ChartBar(FrenchFormat.Month(2026, m), m * 10, (m * 10).ToString())).ToList();
        var svg = BarChart.Vertical("mois", months, "Dossiers", v => FrenchFormat.Integer((decimal)v));
        Assert.Contains("matrix(0.766044 -0.642788", svg);
        var shortLabels = BarChart.Vertical("mois2", months.Take(6).Select(b => b with { Label = b.Label[..3] }).ToList(), "Dossiers", v => v.ToString());
        Assert.DoesNotContain("matrix(0.766044 -0.642788", shortLabels);
    }

    [Fact]
    public void Wrap_BreaksLongLabelsOnSpacesAndHyphens_WhenLongerThanWidth()
    {
        Assert.Equal("Partants ayant découvert\nleurs droits", ChartTheme.Wrap("Partants ayant découvert leurs droits", 26));
        Assert.Equal("Avion", ChartTheme.Wrap("Avion", 26));
    }
}
