using Vacances.Analytics.Flows;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Flows;

public class ComplianceChecksTests
{
    [Fact]
    public void Run_AlertsAboveCeiling_WhenAnApvGrantExceeds80PercentOfTheCost()
    {
        // I-42: APV ceiling = 80 % of each participant's share; two participants of a 1 000 € stay → 800 €.
        var op = new OperationBuilder()
            .Dossier("D1").Participant("P1", "D1").Participant("P2", "D1")
            .Aid("D1", "ancv.apv", "ancv", 900m)
            .Result("D1", "ancv.apv", 400m, "P1").Result("D1", "ancv.apv", 400m, "P2");

        var alert = Assert.Single(AidFlowReconstruction.Reconstruct(op.Build(), op.Results).Alerts);

        Assert.Equal(ComplianceAlertKind.AboveCeiling, alert.Kind);
        Assert.Equal((900m, 800m), (alert.AmountEur, alert.LimitEur));
        Assert.Equal("au_dessus_du_plafond", alert.Code);
        Assert.Equal("Aide ancv.apv de 900,00 € au-dessus du plafond calculé par les règles (800,00 €).", alert.Message);
    }

    [Fact]
    public void Run_ComparesAPersonGrant_WithThatPersonsCeiling()
    {
        var op = new OperationBuilder()
            .Dossier("D1").Participant("P1", "D1").Participant("P2", "D1")
            .Aid("D1", "ancv.apv", "ancv", 450m, participant: "P1")
            .Result("D1", "ancv.apv", 400m, "P1").Result("D1", "ancv.apv", 400m, "P2");

        var alert = Assert.Single(AidFlowReconstruction.Reconstruct(op.Build(), op.Results).Alerts);

        Assert.Equal(("P1", 400m), (alert.ParticipantId, alert.LimitEur));
    }

    [Fact]
    public void Run_AlertsConditionsNotMet_WhenEveryRowOfTheProgrammeIsIneligible()
    {
        var op = new OperationBuilder()
            .Dossier("D1").Participant("P1", "D1")
            .Aid("D1", "ancv.apv", "ancv", 300m)
            .Result("D1", "ancv.apv", 0m, "P1", eligible: false, "ressources_trop_elevees");

        var alert = Assert.Single(AidFlowReconstruction.Reconstruct(op.Build(), op.Results).Alerts);

        Assert.Equal(ComplianceAlertKind.ConditionsNotMet, alert.Kind);
        Assert.Equal("Aide ancv.apv de 300,00 € enregistrée alors que les conditions ne sont pas remplies : ressources_trop_elevees.", alert.Message);
    }

    [Fact]
    public void Run_RaisesNoRuleAlert_WhenTheProgrammeHasNoEncodedRules()
    {
        var op = new OperationBuilder()
            .Dossier("D1").Participant("P1", "D1")
            .Aid("D1", "caf62.vacaf", "caf62", 700m)
            .Result("D1", "ancv.apv", 400m, "P1");

        Assert.Empty(AidFlowReconstruction.Reconstruct(op.Build(), op.Results).Alerts);
    }

    [Fact]
    public void Run_AlertsAidsAboveCost_WhenGrantsExceedTheDossierCost()
    {
        var op = new OperationBuilder()
            .Dossier("D1", cost: 1000m).Participant("P1", "D1")
            .Aid("D1", "caf62.vacaf", "caf62", 700m).Aid("D1", "departement62.aide_depart", "departement62", 300.01m);

        var alert = Assert.Single(AidFlowReconstruction.Reconstruct(op.Build(), op.Results).Alerts);

        Assert.Equal(ComplianceAlertKind.AidsAboveCost, alert.Kind);
        Assert.Equal((1000.01m, 1000m), (alert.AmountEur, alert.LimitEur));
        Assert.Equal("Les aides enregistrées (1\u202F000,01 €) dépassent le coût du séjour (1\u202F000,00 €).", alert.Message);
    }

    [Fact]
    public void Run_AlertsTheLaterDossier_WhenAPersonIsAidedTwiceInOneYear()
    {
        // I-09: the first stay of the year (by start date) is legitimate, the later one is flagged; the companion is exempt.
        var op = new OperationBuilder()
            .Dossier("D2", start: "2026-07-01").Dossier("D1", start: "2026-03-01")
            .Participant("P1", "D1").Participant("P1", "D2")
            .Participant("C1", "D1", role: ParticipantRole.CompanionVolunteer)
            .Participant("C1", "D2", role: ParticipantRole.CompanionVolunteer)
            .Aid("D2", "ancv.apv", "ancv", 100m).Aid("D1", "ancv.apv", "ancv", 100m);

        var alert = Assert.Single(AidFlowReconstruction.Reconstruct(op.Build(), op.Results).Alerts);

        Assert.Equal((ComplianceAlertKind.AidedTwiceInYear, "D2", "P1"), (alert.Kind, alert.DossierId, alert.ParticipantId));
        Assert.Equal("La personne P1 est déjà aidée en 2026 dans le dossier D1 (une aide par année civile, I-09).", alert.Message);
    }

    [Fact]
    public void Run_DoesNotAlert_WhenTheTwoAidsFallInDifferentYears()
    {
        var op = new OperationBuilder()
            .Dossier("D1", start: "2025-12-20").Dossier("D2", start: "2026-07-01")
            .Participant("P1", "D1").Participant("P1", "D2")
            .Aid("D1", "ancv.apv", "ancv", 100m).Aid("D2", "ancv.depart1825", "ancv", 100m, participant: "P1");

        Assert.Empty(AidFlowReconstruction.Reconstruct(op.Build(), op.Results).Alerts);
    }
}
