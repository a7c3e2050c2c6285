using Vacances.Analytics.Indicators;
using Vacances.Analytics.Survey;

namespace Vacances.Analytics.Tests.Survey;

public class SurveySectionTests
{
    [Fact]
    public void Catalogue_KeepsTheCoreIdsThenAppendsTheEnqueteIds()
    {
        var ids = SurveySection.Catalogue.Definitions.Select(d => d.Id).ToList();

        var core = IndicatorCatalogue.Default.Definitions.Select(d => d.Id).ToList();
        Assert.Equal([.. core, .. SurveyIndicatorCatalogue.Definitions.Select(d => d.Id)], ids);
    }

    [Fact]
    public void Cells_GiveEstimateTimesFactorOverWeightedCounts_WithRespondentsAsUnits()
    {
        var results = SurveyIndicators.Compute(SampleOperation.Load());

        var cells = SurveySection.Cells(results);

        Assert.Equal(results.Estimates.Count, cells.Count);
        var total = cells.First(c => c.Value.IndicatorId == "enquete.decouverte_droits_vacances");
        var estimate = results.Estimates.First(e => e.IndicatorId == "enquete.decouverte_droits_vacances");
        Assert.Equal(("total", ""), (total.Value.Dimension, total.Value.Category));
        Assert.Equal(Math.Round((decimal)(estimate.Estimate * 100), 6), total.Value.Value);
        Assert.Equal(Math.Round((decimal)estimate.WeightedNumerator, 6), total.Value.Numerator);
        Assert.Equal(Math.Round((decimal)estimate.WeightedDenominator, 6), total.Value.Denominator);
        Assert.Equal((estimate.N, (long?)estimate.N), (total.NumeratorUnits, total.DenominatorUnits));
        Assert.All(cells, c => Assert.False(c.Value.Suppressed));
    }

    [Fact]
    public void Cells_AreEmpty_WhenTheOperationHasNoSurvey()
    {
        var cells = SurveySection.Cells(SurveyIndicators.Compute(SampleOperation.Load() with { Survey = null }));

        Assert.Empty(cells);
    }
}
