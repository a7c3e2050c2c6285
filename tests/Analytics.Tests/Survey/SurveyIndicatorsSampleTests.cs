using Vacances.Analytics.Survey;

namespace Vacances.Analytics.Tests.Survey;

/// <summary>The survey indicators on the committed sample operation (seed 001's survey: 274 partants, 44 professionals).</summary>
public class SurveyIndicatorsSampleTests
{
    [Fact]
    public void Compute_CalibratesPartantsAndGivesEveryIndicator_OnTheNrppSample()
    {
        var data = SampleOperation.Load();

        var results = SurveyIndicators.Compute(data);

        Assert.True(results.PartantsCalibrated, results.WeightingNote);
        var totals = results.Estimates.Where(e => e.Dimension == "total").ToDictionary(e => e.IndicatorId);
        Assert.Equal(SurveyIndicatorCatalogue.Definitions.Select(d => d.Id).Order(), totals.Keys.Order());
        Assert.InRange(totals["enquete.decouverte_droits_vacances"].WeightedDenominator, 0.9 * data.Participants.Count, data.Participants.Count);
        Assert.All(totals.Values, e => Assert.InRange(e.DesignEffect, 0.5, 5));
        var children = totals["enquete.relation_enfants_tres_positive"];
        var answered = data.Survey!.Partants.Rows.Count(r => r[data.Survey.Partants.IndexOf("relation_enfants")] is { } a && a != "sans_objet");
        Assert.Equal(answered, children.N);
    }
}
