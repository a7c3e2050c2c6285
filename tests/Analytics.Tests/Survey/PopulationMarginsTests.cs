using Vacances.Analytics.Survey;

namespace Vacances.Analytics.Tests.Survey;

public class PopulationMarginsTests
{
    [Fact]
    public void Total_IsTheCommonTotalOfTheVariables_WhenTheyAgree()
    {
        Assert.Equal(9300, ReferenceFixtures.Margins().Total);
    }

    [Fact]
    public void Constructor_ThrowsFrenchError_WhenVariablesDescribeDifferentPopulations()
    {
        var error = Assert.Throws<SurveyEstimationException>(() => new PopulationMargins([
            new MarginCount("dispositif", "individuel", 100), new MarginCount("commune_group", "avion", 90),
        ]));

        Assert.Contains("même population", error.Message);
    }

    [Fact]
    public void Constructor_ThrowsFrenchError_WhenCategoryIsGivenTwice()
    {
        Assert.Throws<SurveyEstimationException>(() => new PopulationMargins([
            new MarginCount("dispositif", "individuel", 100), new MarginCount("dispositif", "individuel", 90),
        ]));
    }
}
