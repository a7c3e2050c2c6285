using Vacances.Analytics.Quality;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Quality;

public class QualityRulesTests
{
    private static QualityReport Evaluate(OperationBuilder builder) => QualityEvaluator.Evaluate(builder.Build());

    private static IEnumerable<string> Ids(QualityReport report, string ruleId) =>
        report.Violations.Where(v => v.RuleId == ruleId).Select(v => v.EntityId);

    [Fact]
    public void Evaluate_FlagsAidsAboveCost_AndSkipsDossiersWithoutAid()
    {
        var report = Evaluate(new OperationBuilder()
            .Dossier("D1", cost: 500m).Dossier("D2", cost: 500m).Dossier("D3", cost: 500m)
            .Participant("P1", "D1").Participant("P2", "D2").Participant("P3", "D3")
            .Aid("D1", "caf62.vacaf", "caf62", 400m).Aid("D1", "ancv.apv", "ancv", 100.01m)
            .Aid("D2", "caf62.vacaf", "caf62", 500m));

        Assert.Equal(["D1"], Ids(report, "aides_superieures_au_cout"));
        var summary = report.Rules.Single(r => r.RuleId == "aides_superieures_au_cout");
        Assert.Equal((2, 1, 1), (summary.Checked, summary.Skipped, summary.Violations));
    }

    [Fact]
    public void Evaluate_FlagsDossiersWithNoParticipant()
    {
        var report = Evaluate(new OperationBuilder().Dossier("D1").Dossier("D2").Participant("P1", "D1"));

        Assert.Equal(["D2"], Ids(report, "dossier_sans_participant"));
    }

    [Fact]
    public void Evaluate_FlagsStaysOver21Nights_AndZeroCosts()
    {
        var report = Evaluate(new OperationBuilder()
            .Dossier("D1", nights: 21).Dossier("D2", nights: 22).Dossier("D3", cost: 0m)
            .Participant("P1", "D1").Participant("P2", "D2").Participant("P3", "D3"));

        Assert.Equal(["D2"], Ids(report, "sejour_plus_de_21_nuits"));
        Assert.Equal(["D3"], Ids(report, "cout_nul"));
    }

    [Fact]
    public void Evaluate_FlagsDossiersWithNoResourceMeasure()
    {
        var report = Evaluate(new OperationBuilder()
            .Dossier("D1", with: d => d with { RniEur = 12000m }).Dossier("D2")
            .Participant("P1", "D1").Participant("P2", "D2"));

        Assert.Equal(["D2"], Ids(report, "ressources_inconnues"));
    }

    [Fact]
    public void Evaluate_FlagsParticipantsWithNoAge_AndAdultsWithNoPcs()
    {
        var report = Evaluate(new OperationBuilder()
            .Dossier("D1")
            .Participant("P1", "D1", age: null)
            .Participant("P2", "D1", age: null, with: p => p with { BirthDate = new DateOnly(1980, 1, 1) }, pcs: Pcs.Cadre)
            .Participant("P3", "D1", age: 30)
            .Participant("P4", "D1", age: 12, role: ParticipantRole.Child));

        Assert.Equal(["P1"], Ids(report, "participant_sans_age"));
        Assert.Equal(["P3"], Ids(report, "adulte_sans_pcs"));
        var pcs = report.Rules.Single(r => r.RuleId == "adulte_sans_pcs");
        Assert.Equal((2, 2), (pcs.Checked, pcs.Skipped));
    }

    [Fact]
    public void Evaluate_FlagsImplausibleMonthlyHours_AndDirectHoursAboveTotal()
    {
        var report = Evaluate(new OperationBuilder()
            .Pro("A", "referent", "2026-02", 10m, 200m)
            .Pro("A", "referent", "2026-03", 10m, 200.5m)
            .Pro("B", "referent", "2026-02", 30m, 20m));

        Assert.Equal(["A 2026-03"], Ids(report, "heures_mois_implausibles"));
        Assert.Equal(["B 2026-02"], Ids(report, "heures_directes_superieures_au_total"));
    }

    [Fact]
    public void Evaluate_FlagsAidsOfUnknownDossiers_AndZeroAids()
    {
        var report = Evaluate(new OperationBuilder()
            .Dossier("D1").Participant("P1", "D1")
            .Aid("D1", "ancv.apv", "ancv", 0m, participant: "P1").Aid("X", "caf62.vacaf", "caf62", 10m));

        Assert.Equal(["X caf62.vacaf"], Ids(report, "aide_dossier_inconnu"));
        Assert.Equal(["D1 P1 ancv.apv"], Ids(report, "aide_montant_nul"));
    }

    [Fact]
    public void Check_AppliesEachMissingValueStrategy_ToItsSide()
    {
        decimal?[] row = [null, 2m];
        var any = new RuleSide<decimal?[]>("a", [r => r[0], r => r[1]], MissingValueStrategy.SkipIfAnyValueMissing);
        var all = any with { Strategy = MissingValueStrategy.SkipIfAllValuesMissing };
        var never = any with { Strategy = MissingValueStrategy.NeverSkip };

        Assert.Null(any.Evaluate(row));
        Assert.Equal(2m, all.Evaluate(row));
        Assert.Null(all.Evaluate([null, null]));
        Assert.Equal(0m, never.Evaluate([null, null]));
    }
}
