using Vacances.Analytics.Flows;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Tests.Flows;

public class AidFlowReconstructionTests
{
    [Fact]
    public void Reconstruct_UsesOnlyRecordedGrants_WhenTheDossierHasAny()
    {
        var op = new OperationBuilder()
            .Dossier("D1").Participant("P1", "D1").Participant("P2", "D1")
            .Aid("D1", "caf62.vacaf", "caf62", 300m).Aid("D1", "ancv.apv", "ancv", 200m)
            .Result("D1", "ancv.apv", 400m, "P1").Result("D1", "ancv.apv", 400m, "P2");

        var result = AidFlowReconstruction.Reconstruct(op.Build(), op.Results);

        Assert.All(result.Lines, l => Assert.False(l.Estimated));
        Assert.Equal([("caf62", 300m), ("ancv", 200m)], result.Lines.Select(l => (l.Funder, l.AmountEur)));
        Assert.Equal(500m, result.Totals.RecordedEur);
        Assert.Equal(0m, result.Totals.EstimatedEur);
        Assert.True(result.Totals.Reconciles);
    }

    [Fact]
    public void Reconstruct_StacksEstimatesInStackingOrder_AndLeavesApvBeneficiaryShare_WhenNoGrantIsRecorded()
    {
        // Cost 1 000 €, CAF first (600 €), then APV: 20 % of the cost stays with the family, so 200 € remain of 800 €.
        var op = new OperationBuilder()
            .Dossier("D1").Participant("P1", "D1").Participant("P2", "D1")
            .Result("D1", "ancv.apv", 400m, "P1").Result("D1", "ancv.apv", 400m, "P2")
            .Result("D1", "caf35.avf", 600m);

        var result = AidFlowReconstruction.Reconstruct(op.Build(), op.Results);

        Assert.Equal([("caf35.avf", 600m, true), ("ancv.apv", 200m, true)],
            result.Lines.Select(l => (l.Programme, l.AmountEur, l.Estimated)));
        Assert.Equal(800m, result.Totals.EstimatedEur);
    }

    [Fact]
    public void Reconstruct_CapsTheStackAtTheRemainingCost_WhenStandaloneAmountsExceedIt()
    {
        var op = new OperationBuilder()
            .Dossier("D1", cost: 500m).Participant("P1", "D1")
            .Result("D1", "caf35.avf", 450m).Result("D1", "ancv.apv", 400m, "P1");

        var result = AidFlowReconstruction.Reconstruct(op.Build(), op.Results);

        // CAF 450 €, then APV limited by the family's 20 % (100 €): 500 − 450 − 100 < 0 → nothing.
        Assert.Equal([("caf35.avf", 450m)], result.Lines.Select(l => (l.Programme, l.AmountEur)));
    }

    [Fact]
    public void Reconstruct_Leaves50EurosPerYoungPerson_WhenDepart1825IsStacked()
    {
        var op = new OperationBuilder()
            .Dossier("D1", cost: 220m, dispositif: Dispositif.SacAdos).Participant("P1", "D1", age: 19)
            .Result("D1", "caf35.avf", 100m).Result("D1", "ancv.depart1825", 165m, "P1");

        var result = AidFlowReconstruction.Reconstruct(op.Build(), op.Results);

        Assert.Equal([("caf35.avf", 100m), ("ancv.depart1825", 70m)], result.Lines.Select(l => (l.Programme, l.AmountEur)));
    }

    [Fact]
    public void Reconstruct_IgnoresEligibleProgrammes_WhenTheDispositifDoesNotDrawOnThem()
    {
        var op = new OperationBuilder()
            .Dossier("D1").Participant("P1", "D1", age: 70)
            .Result("D1", "ancv.seniors", 176m, "P1").Result("D1", "ancv.apv", 0m, "P1", eligible: false);

        var result = AidFlowReconstruction.Reconstruct(op.Build(), op.Results);

        Assert.Empty(result.Lines);
        Assert.Empty(result.Flows);
    }

    [Fact]
    public void Reconstruct_AggregatesLinesByFunderProgrammeCommuneDispositifAndFlag()
    {
        var op = new OperationBuilder()
            .Dossier("D1").Dossier("D2").Dossier("D3", commune: "62498")
            .Aid("D1", "commune.aide_locale", "commune:62065", 100.10m)
            .Aid("D2", "commune.aide_locale", "commune:62065", 50.20m)
            .Aid("D3", "commune.aide_locale", "commune:62498", 30m);

        var result = AidFlowReconstruction.Reconstruct(op.Build(), op.Results);

        Assert.Equal(
            [
                new AidFlow("commune:62065", "commune.aide_locale", "62065", "individuel", 150.30m, false),
                new AidFlow("commune:62498", "commune.aide_locale", "62498", "individuel", 30m, false),
            ],
            result.Flows);
    }

    [Fact]
    public void Reconstruct_NamesTheFunderOfAnEstimate_ByTheProgrammeIdPrefix()
    {
        var op = new OperationBuilder().Dossier("D1").Participant("P1", "D1").Result("D1", "ancv.apv", 300m, "P1");

        var flow = Assert.Single(AidFlowReconstruction.Reconstruct(op.Build(), op.Results).Flows);

        Assert.Equal(new AidFlow("ancv", "ancv.apv", "62065", "individuel", 300m, true), flow);
    }

    [Fact]
    public void Reconstruct_KeepsGrantsOfUnknownDossiers_SoTotalsReconcileToTheCent()
    {
        var op = new OperationBuilder()
            .Dossier("D1").Aid("D1", "ancv.apv", "ancv", 0.10m).Aid("D1", "caf62.vacaf", "caf62", 0.20m)
            .Aid("X9", "caf62.vacaf", "caf62", 123.45m);

        var result = AidFlowReconstruction.Reconstruct(op.Build(), op.Results);

        Assert.Equal(123.75m, result.Totals.AidsFileEur);
        Assert.Equal(123.75m, result.Flows.Sum(f => f.AmountEur));
        Assert.True(result.Totals.Reconciles);
        Assert.Contains(result.Flows, f => f.CommuneInsee == "" && f.Dispositif == "" && f.AmountEur == 123.45m);
        Assert.Contains(result.Alerts, a => a.Kind == ComplianceAlertKind.UnknownDossier && a.DossierId == "X9");
    }
}
