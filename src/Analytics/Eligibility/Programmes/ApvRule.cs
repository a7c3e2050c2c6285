using Vacances.Analytics.Rules;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>
/// ANCV « Aide aux projets vacances », aide à la personne (003_ca2202353c143c2a.txt, Aide aux projets vacances,
/// I. Bénéficiaires and III. Conditions propres aux aides à la personne). The amount is the ceiling the text sets.
/// </summary>
internal sealed class ApvRule
{
    private readonly Segments<ApvParameters> _segments;

    public ApvRule(RuleBook book) => _segments = new Segments<ApvParameters>(book.Get("ancv.apv"), (p, d) => new ApvParameters(p, d));

    public Segments<ApvParameters> Segments => _segments;

    /// <summary>APV companions are not limited to one aid a year (I-09).</summary>
    public static bool IsUnlimited(Participant participant) =>
        participant.Role is ParticipantRole.CompanionVolunteer or ParticipantRole.CompanionSalaried;

    public Outcome Evaluate(StayContext stay, int i, ApvParameters p, Trace? trace)
    {
        var participant = stay.Participant(i);
        var reasons = Reason.None;
        var failures = Reason.None;
        var rate = p.CeilingRate;
        if (participant.Role == ParticipantRole.CompanionSalaried)
        {
            reasons |= Reason.Accompagnateur;
            rate = p.CompanionRate;
            trace?.Add($"accompagnateur salarié : pas de condition de ressources, {French.Percent(rate)} de sa part (I-40, I-42)");
        }
        else if ((participant.Statuses & ParticipantStatuses.ProcheAidant) != 0)
        {
            reasons |= Reason.ProcheAidant;
            trace?.Add("proche aidant : pas de condition de ressources (I-40)");
        }
        else
        {
            var resources = ResourceTest.Check(stay, i, p.QfThreshold, p.Rfr, p.Rni, trace);
            if (ResourceTest.Passed(resources))
            {
                reasons |= resources;
                if (participant.Role == ParticipantRole.CompanionVolunteer) reasons |= Reason.Accompagnateur;
            }
            else if (participant.Role == ParticipantRole.CompanionVolunteer)
            {
                reasons |= Reason.Accompagnateur;
                rate = p.CompanionRate;
                trace?.Add($"accompagnateur bénévole hors conditions de ressources : {French.Percent(rate)} de sa part (I-42)");
            }
            else
            {
                failures |= resources;
            }
        }
        failures |= CheckStay(stay, p, trace);
        if (failures != Reason.None) return Outcome.No(failures);
        var amount = rate * stay.Share;
        trace?.Add($"plafond = {French.Percent(rate)} × part du coût {French.Eur(Money.Round(stay.Share))} = {French.Eur(Money.Round(amount))} (I-04, I-42)");
        return Outcome.Aid(amount, reasons, Reason.CoutNul);
    }

    /// <summary>The stay conditions (I-41): 4 to 21 nights, cost per person and night below 190 € unless a participant is disabled, another funder asked.</summary>
    private static Reason CheckStay(StayContext stay, ApvParameters p, Trace? trace)
    {
        var failures = Reason.None;
        var nights = stay.Nights;
        var nightsOk = nights >= p.NightsMin && nights <= p.NightsMax;
        trace?.Add($"{nights} nuitée(s) {(nightsOk ? "dans" : "hors de")} l'intervalle {p.NightsMin}–{p.NightsMax} (I-41)");
        if (!nightsOk) failures |= Reason.DureeSejour;
        if (nights > 0 && !stay.AnyHandicap)
        {
            var perNight = stay.SharePerNight;
            var ok = perNight < p.CostPerNightMax;
            trace?.Add($"coût par personne et par nuitée {French.Eur(Money.Round(perNight))} {(ok ? "<" : "≥")} {French.Eur(p.CostPerNightMax)} (I-41)");
            if (!ok) failures |= Reason.CoutNuiteeTropEleve;
        }
        else if (stay.AnyHandicap)
        {
            trace?.Add("séjour d'un bénéficiaire handicapé : pas de limite de coût par nuitée (I-41)");
        }
        if (stay.Dossier.OtherFunderRequested != true)
        {
            trace?.Add("aucun autre financeur sollicité (I-41)");
            failures |= Reason.AutreFinanceurNonSollicite;
        }
        return failures;
    }
}
