using Vacances.Analytics.Flows;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Flows;

public class SankeyDiagramTests
{
    [Fact]
    public void From_LinksFundersToProgrammesToDispositifs_WhenGivenFlows()
    {
        AidFlow[] flows =
        [
            new("ancv", "ancv.apv", "62065", "individuel", 100m, false),
            new("ancv", "ancv.apv", "62498", "individuel", 50m, true),
            new("ancv", "ancv.depart1825", "62065", "sac_ados", 30m, true),
            new("caf62", "caf62.vacaf", "62065", "individuel", 70m, false),
        ];

        var sankey = SankeyDiagram.From(flows, [new FunderInfo("ancv", "ANCV", "national")]);

        Assert.Equal(
            ["financeur:ancv", "financeur:caf62", "programme:ancv.apv", "programme:ancv.depart1825", "programme:caf62.vacaf",
             "dispositif:individuel", "dispositif:sac_ados"],
            sankey.Nodes.Select(n => n.Id));
        Assert.Equal("ANCV", sankey.Nodes[0].Label);
        Assert.Equal(180m, sankey.Nodes[0].AmountEur);
        Assert.Equal(220m, sankey.Nodes.Single(n => n.Id == "dispositif:individuel").AmountEur);
        var apv = sankey.Links.Single(l => l.SourceId == "financeur:ancv" && l.TargetId == "programme:ancv.apv");
        Assert.Equal((150m, 50m), (apv.AmountEur, apv.EstimatedEur));
        Assert.Equal(6, sankey.Links.Count);
    }
}
