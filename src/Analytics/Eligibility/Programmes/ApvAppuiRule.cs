using Vacances.Analytics.Rules;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>
/// ANCV « Aide aux projets vacances », aides d'appui (003_ca2202353c143c2a.txt, Aide aux projets vacances, IV):
/// for a stay of a beneficiary « défini au I. » (the APV resource test, companions and proches aidants exempt), the
/// partner having sought another funder; the aid is limited to 50 % of the project cost, read per participant as
/// 50 % of their share of the whole cost. No duration or per-night limit (those are III's), no once-a-year limit
/// (an aid to the partner, I-09). Reading of this branch: see the eligibility report.
/// </summary>
internal sealed class ApvAppuiRule
{
    public ApvAppuiRule(RuleBook book) =>
        Segments = new Segments<ApvAppuiParameters>(book.Get("ancv.apv_appui"), (p, d) => new ApvAppuiParameters(p, d, book.Get("ancv.apv")));

    public Segments<ApvAppuiParameters> Segments { get; }

    public Outcome Evaluate(StayContext stay, int i, ApvAppuiParameters p, Trace? trace)
    {
        var participant = stay.Participant(i);
        var reasons = Reason.None;
        var failures = Reason.None;
        if (participant.Role is ParticipantRole.CompanionVolunteer or ParticipantRole.CompanionSalaried)
        {
            reasons |= Reason.Accompagnateur;
            trace?.Add("accompagnateur : pas de condition de ressources (I. Bénéficiaires)");
        }
        else if ((participant.Statuses & ParticipantStatuses.ProcheAidant) != 0)
        {
            reasons |= Reason.ProcheAidant;
            trace?.Add("proche aidant : pas de condition de ressources (I. Bénéficiaires)");
        }
        else
        {
            var resources = ResourceTest.Check(stay, i, p.QfThreshold, p.Rfr, p.Rni, trace);
            if (ResourceTest.Passed(resources)) reasons |= resources;
            else failures |= resources;
        }
        if (stay.Dossier.OtherFunderRequested != true)
        {
            trace?.Add("aucun autre financeur sollicité (IV. 1. Actions)");
            failures |= Reason.AutreFinanceurNonSollicite;
        }
        if (failures != Reason.None) return Outcome.No(failures);
        var amount = p.ProjectRate * stay.Share;
        trace?.Add($"plafond = {French.Percent(p.ProjectRate)} × part du coût {French.Eur(Money.Round(stay.Share))} = {French.Eur(Money.Round(amount))} (IV. 2. Aide)");
        return Outcome.Aid(amount, reasons, Reason.CoutNul);
    }
}
