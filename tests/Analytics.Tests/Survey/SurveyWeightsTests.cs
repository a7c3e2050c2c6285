using Vacances.Analytics.Survey;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Survey;

public class SurveyWeightsTests
{
    [Fact]
    public void Raked_MeetsEveryMargin_WhenCalibratedOnTwoVariables()
    {
        var responses = ReferenceFixtures.Responses();
        var margins = ReferenceFixtures.Margins();
        var weights = SurveyEstimator.Weigh(responses, margins, ["dispositif", "commune_group"]);

        Assert.Equal(9300, weights.Weights.Sum(), 6);
        foreach (var variable in margins.Variables)
        {
            var column = responses.IndexOf(variable);
            foreach (var margin in margins.Of(variable))
            {
                var total = responses.Rows.Select((row, i) => (row, i)).Where(x => x.row[column] == margin.Category).Sum(x => weights.Weights[x.i]);
                Assert.Equal(margin.Count, total, 6);
            }
        }
        Assert.InRange(weights.Iterations, 1, 10);
    }

    [Fact]
    public void SimpleRandomSample_GivesEveryoneNOverN_WhenNotCalibrated()
    {
        var weights = SurveyWeights.SimpleRandomSample(300, ReferenceFixtures.Margins());

        Assert.All(weights.Weights, w => Assert.Equal(31.0, w, 12));
        Assert.False(weights.IsCalibrated);
    }

    [Fact]
    public void Raked_ThrowsFrenchError_WhenMarginCategoryHasNoRespondent()
    {
        var margins = new PopulationMargins([
            new MarginCount("dispositif", "individuel", 4800), new MarginCount("dispositif", "sejour_commun", 2700),
            new MarginCount("dispositif", "sac_ados", 900), new MarginCount("dispositif", "seniors_en_vacances", 800),
            new MarginCount("dispositif", "bsv", 100),
        ]);

        var error = Assert.Throws<SurveyEstimationException>(() => SurveyEstimator.Weigh(ReferenceFixtures.Responses(), margins, ["dispositif"]));

        Assert.Contains("« bsv »", error.Message);
        Assert.Contains("aucun répondant", error.Message);
    }

    [Fact]
    public void Raked_ThrowsFrenchError_WhenRespondentCategoryHasNoMargin()
    {
        var margins = new PopulationMargins([
            new MarginCount("dispositif", "individuel", 5700), new MarginCount("dispositif", "sejour_commun", 2700),
            new MarginCount("dispositif", "sac_ados", 900),
        ]);

        var error = Assert.Throws<SurveyEstimationException>(() => SurveyEstimator.Weigh(ReferenceFixtures.Responses(), margins, ["dispositif"]));

        Assert.Contains("« seniors_en_vacances »", error.Message);
    }

    [Fact]
    public void Raked_ThrowsFrenchError_WhenBoundsAreTooNarrow()
    {
        var error = Assert.Throws<SurveyEstimationException>(() =>
            SurveyEstimator.Weigh(ReferenceFixtures.Responses(), ReferenceFixtures.Margins(), ["dispositif", "commune_group"], new CalibrationOptions(0.9, 1.1)));

        Assert.Contains("bornes", error.Message);
    }

    [Fact]
    public void Raked_ThrowsFrenchError_WhenMarginsContradictTheSampleStructure()
    {
        // Category x is only met among respondents of a: x = 60 cannot hold with a = 10.
        var rows = Enumerable.Range(0, 20).Select(i => new string?[] { i < 13 ? "a" : "b", i < 6 ? "x" : "y" }).ToList();
        var responses = new SurveyTable(["v1", "v2"], rows);
        var margins = new PopulationMargins([
            new MarginCount("v1", "a", 10), new MarginCount("v1", "b", 90), new MarginCount("v2", "x", 60), new MarginCount("v2", "y", 40),
        ]);

        var error = Assert.Throws<SurveyEstimationException>(() => SurveyEstimator.Weigh(responses, margins, ["v1", "v2"]));

        Assert.Contains("n'a pas convergé", error.Message);
    }

    [Fact]
    public void SimpleRandomSample_Throws_WhenPopulationIsSmallerThanSample()
    {
        Assert.Throws<SurveyEstimationException>(() => SurveyWeights.SimpleRandomSample(300, 200));
    }
}
