namespace Vacances.Analytics.Tests.Indicators;

public class PublicSectionTests
{
    private readonly IReadOnlyList<Vacances.Analytics.Indicators.IndicatorValue> _values = IndicatorFixture.Compute();

    [Fact]
    public void Compute_SharesEmployesAndOuvriers_AmongParticipantsAged18OrMoreWithAKnownPcs()
    {
        // Adults with a known pcs: P1 employe, P2 ouvrier, P4 employe, P6 (18 on the first day) employe. P5 is 17,
        // P7's age and P8's pcs are unknown.
        Assert.Equal((3m, 4m, 75m), _values.Get("public.part_employes").Nd());
        Assert.Equal((1m, 4m, 25m), _values.Get("public.part_ouvriers").Nd());
        Assert.Equal((1m, 2m, 50m), _values.Get("public.part_employes", "dispositif", "individuel").Nd());
        Assert.Equal((2m, 2m, 100m), _values.Get("public.part_employes", "dispositif", "sejour_commun").Nd());
        Assert.DoesNotContain(_values, v => v.IndicatorId == "public.part_employes" && v.Category == "62498");
    }

    [Fact]
    public void Compute_SharesFirstDepartures_AmongParticipantsWhoseAnswerIsKnown()
    {
        Assert.Equal((2m, 4m, 50m), _values.Get("public.premiers_departs").Nd());
        Assert.Equal((0m, 1m, 0m), _values.Get("public.premiers_departs", "commune", "62498").Nd());
    }

    [Fact]
    public void Compute_DistributesAdultsByPcs_WithAWholeOf100Percent()
    {
        Assert.Equal((4m, 4m, 100m), _values.Get("public.repartition_pcs").Nd());
        Assert.Equal((3m, 4m, 75m), _values.Get("public.repartition_pcs", "pcs", "employe").Nd());
        Assert.Equal((1m, 4m, 25m), _values.Get("public.repartition_pcs", "pcs", "ouvrier").Nd());
    }

    [Fact]
    public void Compute_ClassesDossiersByHouseholdType_FromRolesAndCouple()
    {
        Assert.Equal((1m, 4m, 25m), _values.Get("public.type_menage", "type_menage", "couple_avec_enfants").Nd());
        Assert.Equal((1m, 4m, 25m), _values.Get("public.type_menage", "type_menage", "couple_sans_enfant").Nd());
        Assert.Equal((2m, 4m, 50m), _values.Get("public.type_menage", "type_menage", "autre").Nd());
    }

    [Fact]
    public void Compute_BandsTheQf_OfDossiersWithAKnownQf()
    {
        Assert.Equal((1m, 2m, 50m), _values.Get("public.tranche_qf", "tranche_qf", "450-700").Nd());
        Assert.Equal((1m, 2m, 50m), _values.Get("public.tranche_qf", "tranche_qf", "701-899").Nd());
    }

    [Fact]
    public void Compute_CountsInvisibles_AsAdultsInWorkAboveTheCafHolidayAidCeiling()
    {
        // P4 and P6 (QF 800 > 700) against P1, P2 (QF 500); P7, P8 have no QF.
        Assert.Equal((2m, 4m, 50m), _values.Get("public.invisibles").Nd());
    }

    [Theory]
    [InlineData(449.99, "0-449")]
    [InlineData(450, "450-700")]
    [InlineData(700.5, "450-700")]
    [InlineData(701, "701-899")]
    [InlineData(999, "900-999")]
    [InlineData(1000, "1000+")]
    public void QfBandsOf_TruncatesToWholeEuros_WhenBanding(double qf, string band) =>
        Assert.Equal(band, Vacances.Analytics.Indicators.QfBands.Of((decimal)qf));
}
