namespace Vacances.Ingest.Tests.Sampling;

/// <summary>
/// data-samples/nrpp-2026 has the shape of the operation as seeds 000 and 001 describe it (9 300 departures,
/// 37 % employés, 7 % ouvriers, 61 h / 109 h per professional, ~1,2 M€, séjour commun of ~700 people…).
/// </summary>
public sealed class NrppSampleShapeTests
{
    private readonly GeneratedOperation _op = GeneratedOperation.Committed("nrpp-2026");

    [Fact]
    public void Participants_Number9300_WithinFivePercent()
    {
        Assert.InRange(_op.Participants.Rows.Count, 9300 * 0.95, 9300 * 1.05);
        Assert.InRange(_op.Dossiers.Rows.Count, 3400, 3600);
    }

    [Fact]
    public void AdultPcs_IsNear37PercentEmployesAnd7PercentOuvriers()
    {
        var adults = _op.Participants.Rows.Where(p => _op.AgeAtStart(p) >= 18 && p["pcs"].Length > 0).ToArray();
        double Share(string pcs) => 100.0 * adults.Count(p => p["pcs"] == pcs) / adults.Length;
        Assert.InRange(Share("employe"), 35, 39);
        Assert.InRange(Share("ouvrier"), 5, 9);
    }

    [Fact]
    public void Professionals_Average61DirectAnd109TotalHours_WithinFivePercent()
    {
        var pros = _op.Professionals.Values("pro_id").Distinct().Count();
        Assert.InRange(pros, 90, 110);
        Assert.InRange(_op.Professionals.Values("hours_direct").Sum(GeneratedOperation.Money) / pros, 61 * 0.95m, 61 * 1.05m);
        Assert.InRange(_op.Professionals.Values("hours_total").Sum(GeneratedOperation.Money) / pros, 109 * 0.95m, 109 * 1.05m);
        Assert.All(_op.Professionals.Rows, r => Assert.InRange(GeneratedOperation.Date(r["month"]).Month, 2, 6));
    }

    [Fact]
    public void RecordedAids_AddUpTo1Point2MillionEuros_WithinTenPercent()
    {
        Assert.InRange(_op.Aids.Values("amount_eur").Sum(GeneratedOperation.Money), 1_080_000m, 1_320_000m);
        var funders = _op.Aids.Values("funder").ToHashSet();
        foreach (var expected in new[] { "ancv", "caf62", "departement62", "region_hdf", "call", "commune:62065" })
            Assert.Contains(expected, funders);
        Assert.Contains(funders, f => f.StartsWith("mecene:", StringComparison.Ordinal));
        Assert.Superset(new HashSet<string> { "ancv.apv", "ancv.bsv", "ancv.depart1825", "ancv.seniors", "caf62.vacaf" }, _op.Aids.Values("programme").ToHashSet());
    }

    [Fact]
    public void Communes_Are26OfLensLievin_WithAvionAndMericourtOverRepresented()
    {
        var members = Vacances.Ingest.Referential.CommuneReferential.Default.All.Where(c => c.Epci == "246200364").ToDictionary(c => c.Code);
        var perCommune = _op.Dossiers.Rows.GroupBy(d => d["commune_insee"]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(26, perCommune.Count);
        Assert.All(perCommune.Keys, code => Assert.True(members.ContainsKey(code), code));
        double Rate(string code) => perCommune[code] / (double)members[code].Population!.Value;
        var others = perCommune.Keys.Where(c => c is not ("62065" or "62570")).Sum(c => perCommune[c]) /
                     (double)perCommune.Keys.Where(c => c is not ("62065" or "62570")).Sum(c => members[c].Population!.Value);
        Assert.True(Rate("62065") > 2 * others);
        Assert.True(Rate("62570") > 2 * others);
    }

    [Fact]
    public void SejourCommun_IsAbout700PeopleInFourCampsites_OneWeekLateAugust()
    {
        var stays = _op.Dossiers.Rows.Where(d => d["dispositif"] == "sejour_commun").ToArray();
        var ids = stays.Select(d => d["dossier_id"]).ToHashSet();
        Assert.InRange(_op.Participants.Rows.Count(p => ids.Contains(p["dossier_id"])), 630, 770);
        Assert.InRange(stays.Length, 200, 260);
        Assert.Equal(4, stays.Select(d => d["destination_insee"]).Distinct().Count());
        Assert.All(stays, d =>
        {
            var start = GeneratedOperation.Date(d["start_date"]);
            Assert.Equal(8, start.Month);
            Assert.True(start.Day >= 20);
            Assert.Equal(7, GeneratedOperation.Date(d["end_date"]).DayNumber - start.DayNumber);
        });
    }

    [Fact]
    public void Stays_AllTakePlaceIn2026_WithEverySeedDispositif()
    {
        Assert.All(_op.Dossiers.Rows, d => Assert.Equal(2026, GeneratedOperation.Date(d["start_date"]).Year));
        Assert.All(_op.Dossiers.Rows, d => Assert.Equal(2026, GeneratedOperation.Date(d["end_date"]).Year));
        Assert.Superset(
            new HashSet<string> { "individuel", "sejour_commun", "sac_ados", "seniors_en_vacances", "bsv", "je_pars_tu_pars_il_part" },
            _op.Dossiers.Values("dispositif").ToHashSet());
        Assert.All(_op.Dossiers.Rows.Where(d => d["dispositif"] == "individuel"), d => Assert.InRange(GeneratedOperation.Date(d["start_date"]).Month, 5, 10));
    }

    [Fact]
    public void SomePersonsAndHouseholds_TravelTwiceInTheYear()
    {
        Assert.Contains(_op.Participants.Rows.GroupBy(p => p["participant_id"]), g => g.Count() > 1);
        Assert.Contains(_op.Dossiers.Rows.GroupBy(d => d["household_id"]), g => g.Count() > 1);
    }

    [Fact]
    public void AncvProgrammes_MeetBothEligibleAndIneligibleSituations()
    {
        var qf = _op.Dossiers.Values("qf_eur").Where(v => v.Length > 0).Select(GeneratedOperation.Money).ToArray();
        Assert.Contains(qf, q => q < 900);
        Assert.Contains(qf, q => q >= 900);
        Assert.Contains(_op.Dossiers.Values("qf_eur"), v => v.Length == 0);
        var bsv = _op.Dossiers.Rows.Where(d => d["dispositif"] == "bsv").ToArray();
        Assert.All(bsv, d => Assert.NotEmpty(d["public_price_eur"]));
        var seniors = _op.Dossiers.Rows.Where(d => d["dispositif"] == "seniors_en_vacances").ToArray();
        Assert.Equal(4, seniors.Select(d => d["offer"]).Distinct().Count());
        var youths = _op.Participants.Rows.Where(p => _op.DossiersById[p["dossier_id"]]["dispositif"] == "sac_ados").Select(_op.AgeAtStart).ToArray();
        Assert.Contains(youths, a => a is >= 18 and <= 25);
        Assert.Contains(youths, a => a > 25);
        Assert.Contains(_op.Dossiers.Rows, d => GeneratedOperation.Date(d["end_date"]).DayNumber - GeneratedOperation.Date(d["start_date"]).DayNumber > 21);
    }

    [Fact]
    public void Survey_Has274PartantsAnd44Professionals_WithSeed001RawFigures()
    {
        Assert.Equal(274, _op.Partants.Rows.Count);
        Assert.Equal(44, _op.Professionnels.Rows.Count);
        double Share(SampleTable table, string question, string value, params string[] excluded)
        {
            var answered = table.Values(question).Where(v => v.Length > 0 && !excluded.Contains(v)).ToArray();
            return 100.0 * answered.Count(v => v == value) / answered.Length;
        }
        Assert.InRange(Share(_op.Partants, "decouverte_droits_vacances", "oui"), 59, 63);
        Assert.InRange(Share(_op.Partants, "decouverte_droits_loisirs", "oui"), 5, 7);
        Assert.InRange(Share(_op.Partants, "relation_enfants", "5", "sans_objet"), 58, 62);
        Assert.InRange(Share(_op.Partants, "capacite_repartir", "oui"), 50, 54);
        Assert.InRange(Share(_op.Partants, "relation_institutions", "amelioree"), 30, 36);
        Assert.InRange(Share(_op.Professionnels, "pratiques_evoluees", "oui"), 82, 86);
        Assert.Contains(_op.Partants.Values("capacite_repartir"), v => v.Length == 0);
    }

    [Fact]
    public void Survey_OverRepresentsSejourCommunAndAvion()
    {
        var people = _op.Participants.Rows.Count;
        double PopulationShare(Func<IReadOnlyDictionary<string, string>, bool> dossier) =>
            _op.Participants.Rows.Count(p => dossier(_op.DossiersById[p["dossier_id"]])) / (double)people;
        double SurveyShare(string column, string value) => _op.Partants.Values(column).Count(v => v == value) / 274.0;
        Assert.True(SurveyShare("dispositif", "sejour_commun") > 2 * PopulationShare(d => d["dispositif"] == "sejour_commun"));
        Assert.True(SurveyShare("commune_insee", "62065") > 1.5 * PopulationShare(d => d["commune_insee"] == "62065"));
    }

    [Fact]
    public void Verbatims_AreVariedFrenchFreeText()
    {
        var texts = _op.Partants.Values("verbatim").Where(v => v.Length > 0).ToArray();
        Assert.InRange(texts.Length, 120, 274);
        Assert.True(texts.Distinct().Count() >= 80);
        Assert.True(Vacances.Ingest.Sampling.VerbatimBank.Answers.Distinct().Count() >= 80);
    }
}
