using Vacances.Analytics.Flows;

namespace Vacances.Analytics.Tests.Flows;

public class FlowLinesTests
{
    private static readonly DossierAidLine[] Added =
    [
        new("D1", "P1", "ancv", "ancv.apv", "62065", "individuel", 120.50m, Estimated: false),
        new("D1", "", "caf62", "caf62.vacaf", "62065", "individuel", 300m, Estimated: true),
        new("D2", "P7", "ancv", "ancv.apv", "62065", "individuel", 79.50m, Estimated: false),
        new("D3", "", "ancv", "ancv.apv", "62065", "individuel", 10m, Estimated: true),
        new("D4", "", "ancv", "ancv.apv", "62498", "sejour_commun", 5m, Estimated: false),
    ];

    private static FlowLines Lines()
    {
        var lines = new FlowLines(capacity: 2);
        foreach (var line in Added) lines.Add(line);
        return lines;
    }

    [Fact]
    public void Indexer_ReturnsEachLineAsAdded_WhenLabelsRepeatAndTheStoreGrows()
    {
        var lines = Lines();

        Assert.Equal(Added.Length, lines.Count);
        Assert.Equal(Added, Enumerable.Range(0, lines.Count).Select(i => lines[i]));
        Assert.Equal(Added, lines);
        Assert.Throws<ArgumentOutOfRangeException>(() => lines[Added.Length]);
    }

    [Fact]
    public void Sums_AddsTheAmountsPerLabelsAndKind_WhenLinesShareLabels()
    {
        var sums = Lines().Sums().OrderBy(f => f.CommuneInsee).ThenBy(f => f.Funder).ThenBy(f => f.Estimated).ToArray();

        Assert.Equal(
        [
            new AidFlow("ancv", "ancv.apv", "62065", "individuel", 200m, false),
            new AidFlow("ancv", "ancv.apv", "62065", "individuel", 10m, true),
            new AidFlow("caf62", "caf62.vacaf", "62065", "individuel", 300m, true),
            new AidFlow("ancv", "ancv.apv", "62498", "sejour_commun", 5m, false),
        ], sums);
    }
}
