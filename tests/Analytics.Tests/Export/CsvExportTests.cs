using Vacances.Analytics.Export;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;

namespace Vacances.Analytics.Tests.Export;

public class CsvExportTests
{
    [Theory]
    [InlineData("=SOMME(A1)", "'=SOMME(A1)")]
    [InlineData("+33", "'+33")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("dit \"oui\"", "\"dit \"\"oui\"\"\"")]
    [InlineData("commune:62065", "commune:62065")]
    public void Text_NeutralisesFormulasAndQuotes_WhenWritingATextCell(string value, string cell) =>
        Assert.Equal(cell, CsvCells.Text(value));

    [Fact]
    public void Write_FormatsFlows_WithTwoDecimalsAndBooleans()
    {
        var writer = new StringWriter();

        FlowsCsv.Write(writer,
        [
            new AidFlow("ancv", "ancv.apv", "62065", "individuel", 1234.5m, true),
            new AidFlow("=HYPERLINK(1)", "x.y", "62065", "individuel", 7m, false),
        ]);

        Assert.Equal(
            "funder;programme;commune_insee;dispositif;amount_eur;estimated\n"
            + "ancv;ancv.apv;62065;individuel;1234.50;true\n"
            + "'=HYPERLINK(1);x.y;62065;individuel;7.00;false\n",
            writer.ToString());
    }

    [Fact]
    public void Write_FormatsIndicators_WithEmptyCellsWhenSuppressedOrUndefined()
    {
        var writer = new StringWriter();

        IndicatorsCsv.Write(writer,
        [
            new IndicatorValue("departs.dossiers", "total", "", 3500m, null, 3500m, false),
            new IndicatorValue("public.part_employes", "commune", "62065", 370m, 1000m, 37.000000m, false),
            new IndicatorValue("public.part_employes", "commune", "62001", 0m, null, null, true),
            new IndicatorValue("departs.duree_moyenne", "mois", "2026-05", 0m, 0m, null, false),
        ]);

        Assert.Equal(
            "indicator_id;dimension;category;numerator;denominator;value;suppressed\n"
            + "departs.dossiers;total;;3500;;3500;false\n"
            + "public.part_employes;commune;62065;370;1000;37;false\n"
            + "public.part_employes;commune;62001;;;;true\n"
            + "departs.duree_moyenne;mois;2026-05;0;0;;false\n",
            writer.ToString());
    }
}
