using Vacances.Analytics.Rules;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>
/// ANCV « Bourse solidarité vacances » (003_ca2202353c143c2a.txt, Bourse solidarité vacances): a solidarity offer
/// priced 25 %–80 % of the public price; the row's amount is the participant's share of the discount (I-43).
/// Not a financial aid: not limited to once a year (I-09).
/// </summary>
internal sealed class BsvRule
{
    public BsvRule(RuleBook book) => Segments = new Segments<BsvParameters>(book.Get("ancv.bsv"), (p, d) => new BsvParameters(p, d));

    public Segments<BsvParameters> Segments { get; }

    public Outcome Evaluate(StayContext stay, int i, BsvParameters p, Trace? trace)
    {
        var reasons = Reason.None;
        var failures = Reason.None;
        if ((stay.Participant(i).Statuses & ParticipantStatuses.ProcheAidant) != 0)
        {
            reasons |= Reason.ProcheAidant;
            trace?.Add("proche aidant : pas de condition de ressources (I-43)");
        }
        else
        {
            var resources = ResourceTest.Check(stay, i, p.QfThreshold, p.Rfr, null, trace);
            if (ResourceTest.Passed(resources)) reasons |= resources;
            else failures |= resources;
        }
        var dossier = stay.Dossier;
        if (dossier.PublicPriceEur is not { } publicPrice || publicPrice <= 0)
        {
            trace?.Add("prix public de l'offre inconnu (I-43)");
            return Outcome.No(failures | Reason.PrixPublicInconnu);
        }
        var paid = dossier.LodgingEur + dossier.MealsEur + dossier.ActivitiesEur;
        var low = p.PriceMinRate * publicPrice;
        var high = p.PriceMaxRate * publicPrice;
        var inBounds = paid >= low && paid <= high;
        trace?.Add($"prix payé {French.Eur(paid)} {(inBounds ? "dans" : "hors de")} l'intervalle {French.Eur(Money.Round(low))}–{French.Eur(Money.Round(high))} ({French.Percent(p.PriceMinRate)}–{French.Percent(p.PriceMaxRate)} du prix public {French.Eur(publicPrice)}, I-43)");
        if (!inBounds) failures |= Reason.OffreHorsBornes;
        if (failures != Reason.None) return Outcome.No(failures);
        var amount = (publicPrice - paid) / stay.Count;
        trace?.Add($"aide = ({French.Eur(publicPrice)} − {French.Eur(paid)}) / {stay.Count} participant(s) = {French.Eur(Money.Round(amount))} (I-43)");
        return Outcome.Aid(amount, reasons, Reason.CoutNul);
    }
}
