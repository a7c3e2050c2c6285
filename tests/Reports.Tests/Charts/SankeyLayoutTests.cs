using Vacances.Reports.Charts;

namespace Vacances.Reports.Tests.Charts;

public class SankeyLayoutTests
{
    private static readonly IReadOnlyList<IReadOnlyList<SankeyNode>> Columns =
    [
        [new("ancv", "ANCV"), new("caf62", "CAF 62")],
        [new("ancv.apv", "APV"), new("caf62.vacaf", "Vacaf")],
        [new("individuel", "Individuel"), new("bsv", "BSV")],
    ];

    private static readonly SankeyLink[] Links =
    [
        new("ancv", "ancv.apv", 600_000m), new("caf62", "caf62.vacaf", 300_000m),
        new("ancv.apv", "individuel", 450_000m), new("ancv.apv", "bsv", 150_000m), new("caf62.vacaf", "individuel", 300_000m),
    ];

    private static readonly SankeyLayout Layout = new(Columns, Links, 20, 400, 10);

    [Fact]
    public void Layout_MakesLinkWidthsProportionalToAmounts()
    {
        foreach (var link in Layout.Links)
            Assert.Equal((double)link.Link.Amount * Layout.Scale, link.Width, 9);
        var apvToIndividuel = Layout.Links.Single(l => l.Link.Source == "ancv.apv" && l.Link.Target == "individuel");
        var apvToBsv = Layout.Links.Single(l => l.Link.Source == "ancv.apv" && l.Link.Target == "bsv");
        Assert.Equal(3.0, apvToIndividuel.Width / apvToBsv.Width, 9);
    }

    [Fact]
    public void Layout_SizesNodesByTheirFlowAndKeepsThemApart()
    {
        var individuel = Layout.Nodes.Single(n => n.Node.Key == "individuel");
        Assert.Equal(750_000m, individuel.Amount);
        Assert.Equal(750_000 * Layout.Scale, individuel.Height, 9);
        foreach (var column in Layout.Nodes.GroupBy(n => n.Column))
        {
            var nodes = column.OrderBy(n => n.Top).ToList();
            for (var i = 1; i < nodes.Count; i++) Assert.True(nodes[i].Top >= nodes[i - 1].Top + nodes[i - 1].Height + 9.999);
            Assert.True(nodes[0].Top >= 20 && nodes[^1].Top + nodes[^1].Height <= 420.0001);
        }
    }

    [Fact]
    public void Layout_StacksLinksInsideTheirNodes_WithoutGapOrOverlap()
    {
        foreach (var node in Layout.Nodes.Where(n => n.Column < 2))
        {
            var outgoing = Layout.Links.Where(l => l.SourceColumn == node.Column && l.Link.Source == node.Node.Key).OrderBy(l => l.SourceTop).ToList();
            Assert.Equal(node.Top, outgoing[0].SourceTop, 9);
            for (var i = 1; i < outgoing.Count; i++) Assert.Equal(outgoing[i - 1].SourceTop + outgoing[i - 1].Width, outgoing[i].SourceTop, 9);
        }
    }

    [Fact]
    public void Render_DrawsOnePathPerLinkWithFrenchAmounts()
    {
        var svg = SankeyDiagram.Render("s", Columns, ["Financeurs", "Programmes", "Dispositifs"], Links);
        Assert.Equal(Links.Length, System.Text.RegularExpressions.Regex.Matches(svg, "<path ").Count);
        Assert.Contains("data-amount=\"450000.00\"", svg);
        Assert.Contains("750\u00A0k€", svg);
        Assert.Equal(svg, SankeyDiagram.Render("s", Columns, ["Financeurs", "Programmes", "Dispositifs"], Links));
    }
}
