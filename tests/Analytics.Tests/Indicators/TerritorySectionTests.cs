namespace Vacances.Analytics.Tests.Indicators;

public class TerritorySectionTests
{
    private readonly IReadOnlyList<Vacances.Analytics.Indicators.IndicatorValue> _values = IndicatorFixture.Compute();

    [Fact]
    public void Compute_RatesDeparturesPer1000Inhabitants_ForEveryTerritoryCommune()
    {
        Assert.Equal((6m, 1000m, 6m), _values.Get("territoire.departs_pour_1000", "commune", "62065").Nd());
        Assert.Equal((2m, 3000m, 0.666667m), _values.Get("territoire.departs_pour_1000", "commune", "62498").Nd());
        Assert.Equal((0m, 500m, 0m), _values.Get("territoire.departs_pour_1000", "commune", "62999").Nd());
        Assert.DoesNotContain(_values, v => v.Category == "59350");
        Assert.Equal((8m, 4500m, 1.777778m), _values.Get("territoire.departs_pour_1000").Nd());
    }

    [Fact]
    public void Compute_SharesTouchedCommunes_OfTheTerritory()
    {
        Assert.Equal((2m, 3m, 66.666667m), _values.Get("territoire.communes_touchees").Nd());
    }

    [Fact]
    public void Compute_TakesTheCommunesWithDepartures_WhenTheOperationNamesNoTerritory()
    {
        var builder = IndicatorFixture.Builder();
        builder.Config = builder.Config with { TerritoryEpci = [] };

        var values = IndicatorFixture.Compute(builder);

        Assert.Equal((8m, 4000m, 2m), values.Get("territoire.departs_pour_1000").Nd());
        Assert.DoesNotContain(values, v => v.Category == "62999");
    }
}
