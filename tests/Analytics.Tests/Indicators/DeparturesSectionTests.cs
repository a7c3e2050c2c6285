namespace Vacances.Analytics.Tests.Indicators;

public class DeparturesSectionTests
{
    private readonly IReadOnlyList<Vacances.Analytics.Indicators.IndicatorValue> _values = IndicatorFixture.Compute();

    [Fact]
    public void Compute_CountsDossiersPersonsAndPersonNights_Overall()
    {
        Assert.Equal((4m, null, 4m), _values.Get("departs.dossiers").Nd());
        Assert.Equal((8m, null, 8m), _values.Get("departs.personnes").Nd());
        // 3 × 7 + 3 × 6 + 2 × 4 + 0 × 3
        Assert.Equal((47m, null, 47m), _values.Get("departs.nuitees").Nd());
        Assert.Equal((47m, 8m, 5.875m), _values.Get("departs.duree_moyenne").Nd());
    }

    [Theory]
    [InlineData("commune", "62065", 2, 6, 39)]
    [InlineData("commune", "62498", 2, 2, 8)]
    [InlineData("dispositif", "individuel", 2, 5, 29)]
    [InlineData("dispositif", "sejour_commun", 1, 3, 18)]
    [InlineData("dispositif", "bsv", 1, 0, 0)]
    [InlineData("mois", "2026-05", 1, 0, 0)]
    [InlineData("mois", "2026-07", 2, 5, 29)]
    [InlineData("mois", "2026-08", 1, 3, 18)]
    [InlineData("destination", "29", 1, 3, 21)]
    [InlineData("destination", "14", 1, 3, 18)]
    [InlineData("destination", "ES", 1, 2, 8)]
    [InlineData("destination", "inconnue", 1, 0, 0)]
    public void Compute_BreaksDeparturesDown_ByDossierDimension(string dimension, string category, int dossiers, int persons, int nights)
    {
        Assert.Equal(dossiers, _values.Get("departs.dossiers", dimension, category).Numerator);
        Assert.Equal(persons, _values.Get("departs.personnes", dimension, category).Numerator);
        Assert.Equal(nights, _values.Get("departs.nuitees", dimension, category).Numerator);
    }

    [Fact]
    public void Compute_LeavesTheMeanUndefined_WhenACategoryHasNobody()
    {
        Assert.Equal((0m, 0m, null), _values.Get("departs.duree_moyenne", "mois", "2026-05").Nd());
    }

    [Fact]
    public void Compute_OrdersCategoriesOrdinally_WithinADimension()
    {
        var months = _values.Where(v => v.IndicatorId == "departs.dossiers" && v.Dimension == "mois").Select(v => v.Category);

        Assert.Equal(["2026-05", "2026-07", "2026-08"], months);
    }
}
