using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Indicators;

public class OperationFactsTests
{
    [Fact]
    public void Facts_JoinParticipantsToTheirDossier_WhenTheFileIsNotInDossierOrder()
    {
        var builder = IndicatorFixture.Builder();
        var data = builder.Build();
        var shuffled = data with { Participants = [.. data.Participants.Reverse()] };

        Assert.Equal(Values(data, builder), Values(shuffled, builder));
    }

    [Fact]
    public void Facts_CountARepeatedDossierIdOnce_AndIgnoreParticipantsOfUnknownDossiers()
    {
        var data = IndicatorFixture.Builder()
            .Participant("P9", "D9", 30)
            .Build();
        data = data with { Dossiers = [.. data.Dossiers, data.Dossiers[0] with { CommuneInsee = "62498" }] };

        var facts = new OperationFacts(data);

        Assert.Equal(4, facts.DossierCount);
        Assert.Equal(9, facts.ParticipantTotal);
        Assert.Equal(-1, facts.ParticipantDossier[^1]);
        Assert.Equal([3, 3, 2, 0], facts.ParticipantCount);
        Assert.Equal("62065", facts.Commune.Categories[facts.Commune.Codes[0]]);
    }

    [Fact]
    public void Facts_CodeTheDossierDimensions_WithAnUnknownQfOutOfTheBands()
    {
        var facts = new OperationFacts(IndicatorFixture.Builder().Build());

        Assert.Equal(["2026-07", "2026-08", "2026-07", "2026-05"], facts.Month.Codes.Select(c => facts.Month.Categories[c]));
        Assert.Equal(["29", "14", "ES", "inconnue"], facts.Destination.Codes.Select(c => facts.Destination.Categories[c]));
        Assert.Equal([-1, -1], facts.QfBand.Codes[2..]);
        Assert.Equal([false, true, false, false], facts.QfAboveSocialAidCeiling);
        Assert.True(facts.Traits[5].IsAdult); // P6 turns 18 on the stay's first day (I-02)
        Assert.False(facts.Traits[4].IsAdult);
    }

    private static IReadOnlyList<IndicatorValue> Values(OperationData data, OperationBuilder builder) =>
        IndicatorCatalogue.Default.Compute(new IndicatorInputs(data, AidFlowReconstruction.Reconstruct(data, builder.Results),
            IndicatorFixture.Communes));
}
