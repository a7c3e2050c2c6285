namespace Vacances.Ingest.Tests.Sampling;

/// <summary>
/// data-samples/caf35-2023 exercises the CAF 35 aids (seed 004; I-20 to I-25): its situations sit on both sides of
/// every condition the engine must decide.
/// </summary>
public sealed class Caf35SampleShapeTests
{
    private readonly GeneratedOperation _op = GeneratedOperation.Committed("caf35-2023");

    private IEnumerable<int> Nights => _op.Dossiers.Rows.Select(d =>
        GeneratedOperation.Date(d["end_date"]).DayNumber - GeneratedOperation.Date(d["start_date"]).DayNumber);

    [Fact]
    public void Dossiers_AreAFewHundredFamiliesOfIlleEtVilaine()
    {
        Assert.InRange(_op.Dossiers.Values("household_id").Distinct().Count(), 200, 400);
        var departement35 = Vacances.Ingest.Referential.CommuneReferential.Default.All.Where(c => c.Departement == "35").Select(c => c.Code).ToHashSet();
        Assert.All(_op.Dossiers.Values("commune_insee"), c => Assert.Contains(c, departement35));
        Assert.Contains("rule_sets: [\"caf35\"]", File.ReadAllText(Path.Combine(_op.Directory, "operation.yaml")));
    }

    [Fact]
    public void StartDates_StraddleThePeriodAndTheSummerWindow()
    {
        var starts = _op.Dossiers.Values("start_date").Select(GeneratedOperation.Date).ToHashSet();
        Assert.Contains(starts, s => s < new DateOnly(2023, 1, 3));
        Assert.Contains(new DateOnly(2023, 1, 3), starts);
        Assert.Contains(starts, s => s > new DateOnly(2024, 1, 7));
        Assert.Contains(starts, s => s >= new DateOnly(2024, 1, 1) && s <= new DateOnly(2024, 1, 7));
        Assert.Contains(starts, s => s < new DateOnly(2023, 7, 8) && s >= new DateOnly(2023, 7, 5));
        Assert.Contains(_op.Dossiers.Values("during_school_holidays"), v => v == "false");
    }

    [Fact]
    public void Resources_SitOnTheQfTierBoundaries()
    {
        var qf = _op.Dossiers.Values("qf_eur").ToHashSet();
        foreach (var bound in new[] { "449", "450", "600", "601", "700", "701", "900" })
            Assert.Contains(bound, qf);
        Assert.Contains(qf, q => q.Contains('.'));
        Assert.Contains(_op.Dossiers.Values("aeeh"), v => v == "true");
        Assert.Contains(_op.Dossiers.Values("last_avf_year"), v => v == "2022");
        Assert.Contains(_op.Dossiers.Values("caf_allocataire"), v => v == "false");
    }

    [Fact]
    public void Stays_IncludeLongStaysAndSummerDistancesAround200And400Km()
    {
        Assert.Contains(Nights, n => n > 7 && n <= 14);
        Assert.Contains(Nights, n => n > 14);
        Assert.Contains(Nights, n => n == 1);
        var distances = _op.Dossiers.Values("distance_km").ToHashSet();
        Assert.Contains("200", distances);
        Assert.Contains(distances, d => d is "199" or "400" or "401");
    }

    [Fact]
    public void Dossiers_IncludeFamilyStaysChildrenCampsAndSocialSupport()
    {
        var adultsIn = _op.Participants.Rows.Where(p => p["role"] == "adult").Select(p => p["dossier_id"]).ToHashSet();
        var camps = _op.Dossiers.Rows.Where(d => !adultsIn.Contains(d["dossier_id"])).ToArray();
        Assert.NotEmpty(camps);
        Assert.Contains(camps, d => d["conventioned_structure"] == "true");
        Assert.Contains(camps, d => d["conventioned_structure"] == "false");
        Assert.Contains(_op.Dossiers.Rows, d => adultsIn.Contains(d["dossier_id"]) && d["social_support"] == "true");
        var campChildren = _op.Participants.Rows.Where(p => !adultsIn.Contains(p["dossier_id"])).ToArray();
        Assert.Contains(campChildren.GroupBy(p => p["participant_id"]), g => g.Count() > 1);
        var ages = campChildren.Select(_op.AgeAtStart).ToHashSet();
        Assert.Contains(2, ages);
        Assert.Contains(17, ages);
    }
}
