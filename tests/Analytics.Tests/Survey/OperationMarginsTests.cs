using Vacances.Analytics.Indicators;
using Vacances.Analytics.Survey;
using Vacances.Analytics.Tests.Indicators;

namespace Vacances.Analytics.Tests.Survey;

public class OperationMarginsTests
{
    [Fact]
    public void FromFacts_GivesTheMarginsOfFromDepartures_OnTheCommittedSample()
    {
        var data = SampleOperation.Load();

        AssertSameMargins(OperationMargins.FromDepartures(data), OperationMargins.FromFacts(new OperationFacts(data)));
    }

    [Fact]
    public void FromFacts_MergesCategoriesThatDifferOnlyByCase_UnderTheFirstSpelling_LikeFromDepartures()
    {
        var data = IndicatorFixture.Builder()
            .Dossier("D5", commune: "2a004")
            .Dossier("D6", commune: "2A004")
            .Participant("P10", "D6", 30)
            .Participant("P11", "D5", 30)
            .Participant("P12", "D6", 30)
            .Participant("P13", "inconnu", 30)
            .Build();

        var fromFacts = OperationMargins.FromFacts(new OperationFacts(data));

        AssertSameMargins(OperationMargins.FromDepartures(data), fromFacts);
        Assert.Equal(3, fromFacts.Of(OperationMargins.Commune).Single(m => m.Category == "2A004").Count);
    }

    private static void AssertSameMargins(PopulationMargins expected, PopulationMargins actual)
    {
        Assert.Equal(expected.Variables, actual.Variables);
        foreach (var variable in expected.Variables) Assert.Equal(expected.Of(variable), actual.Of(variable));
        Assert.Equal(expected.Total, actual.Total);
    }
}
