using Vacances.Analytics.Survey;

namespace Vacances.Analytics.Tests.Survey;

public class MarginCollapsingTests
{
    private static readonly MarginCount[] Population =
    [
        new("commune_insee", "62065", 2000), new("commune_insee", "62570", 1500), new("commune_insee", "62498", 300), new("commune_insee", "62510", 200),
    ];

    [Fact]
    public void Collapse_PoolsThinCategoriesIntoAutres_WhenTooFewRespondents()
    {
        string?[] respondents = [.. Enumerable.Repeat("62065", 12), .. Enumerable.Repeat("62570", 11), "62498", "62510", null];

        var collapsed = MarginCollapsing.Collapse("commune_insee", Population, respondents, 10);

        Assert.Equal(["62065", "62570", "autres"], collapsed.Margins.Select(m => m.Category));
        Assert.Equal(500, collapsed.Margins[^1].Count);
        Assert.Equal(3, collapsed.RespondentValues.Count(v => v == "autres"));
    }

    [Fact]
    public void Collapse_MovesTheSmallestKeptCategoryIntoThePool_WhenThePoolHasNoRespondent()
    {
        string?[] respondents = [.. Enumerable.Repeat("62065", 12), .. Enumerable.Repeat("62570", 11)];

        var collapsed = MarginCollapsing.Collapse("commune_insee", Population, respondents, 10);

        Assert.Equal(["62065", "autres"], collapsed.Margins.Select(m => m.Category));
        Assert.Equal(2000, collapsed.Margins[^1].Count);
        Assert.Equal(11, collapsed.RespondentValues.Count(v => v == "autres"));
    }

    [Fact]
    public void FromDepartures_CountsParticipantsByDispositifAndCommune()
    {
        var data = SurveyIndicatorsTests.Operation();

        var margins = OperationMargins.FromDepartures(data);

        Assert.Equal(data.Participants.Count, margins.Total);
        Assert.Equal(["dispositif", "commune_insee"], margins.Variables);
        var individuel = data.Participants.Count(p => data.Dossiers.Single(d => d.DossierId == p.DossierId).Dispositif == Vacances.Ingest.Model.Dispositif.Individuel);
        Assert.Equal(individuel, margins.Of("dispositif").Single(m => m.Category == "individuel").Count);
    }
}
