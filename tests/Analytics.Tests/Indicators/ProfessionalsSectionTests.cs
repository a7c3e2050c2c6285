namespace Vacances.Analytics.Tests.Indicators;

public class ProfessionalsSectionTests
{
    private readonly IReadOnlyList<Vacances.Analytics.Indicators.IndicatorValue> _values = IndicatorFixture.Compute();

    [Fact]
    public void Compute_AveragesHours_OverDistinctProfessionals()
    {
        Assert.Equal((2m, null, 2m), _values.Get("pros.professionnels").Nd());
        Assert.Equal((35m, 2m, 17.5m), _values.Get("pros.heures_directes_moyenne").Nd());
        Assert.Equal((100m, 2m, 50m), _values.Get("pros.heures_totales_moyenne").Nd());
    }

    [Fact]
    public void Compute_AveragesHoursByRole_OverTheProfessionalsOfThatRole()
    {
        Assert.Equal((30m, 1m, 30m), _values.Get("pros.heures_directes_moyenne", "role", "referent").Nd());
        Assert.Equal((50m, 1m, 50m), _values.Get("pros.heures_totales_moyenne", "role", "coordinatrice").Nd());
        Assert.Equal((5m, 1m, 5m), _values.Get("pros.heures_directes_moyenne", "commune", "62498").Nd());
    }

    [Fact]
    public void Compute_RelatesDirectHoursToTotalAndToDepartures()
    {
        Assert.Equal((35m, 100m, 35m), _values.Get("pros.part_heures_directes").Nd());
        Assert.Equal((35m, 8m, 4.375m), _values.Get("pros.heures_directes_par_depart").Nd());
        Assert.Equal((100m, 8m, 12.5m), _values.Get("pros.heures_totales_par_depart").Nd());
        Assert.Equal(15m, _values.Get("pros.heures_directes", "mois", "2026-02").Value);
        Assert.Equal(30m, _values.Get("pros.heures_totales", "mois", "2026-03").Value);
    }
}
