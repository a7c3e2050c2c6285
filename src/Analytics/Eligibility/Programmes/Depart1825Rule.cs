using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>
/// ANCV « Départ 18:25 » (003_ca2202353c143c2a.txt, Départ 18:25), from 2026-02-01 (I-08): a young person of 18–25
/// whose group is at least half 18–25 with nobody over 35, qualifying by RFR of their own tax household or a listed
/// status; aid = max(0, min(75 % × share, 200 €, share − 50 €)) (I-44).
/// </summary>
internal sealed class Depart1825Rule
{
    public Depart1825Rule(RuleBook book) =>
        Segments = new Segments<Depart1825Parameters>(book.Get("ancv.depart1825"), (p, d) => new Depart1825Parameters(p, d));

    public Segments<Depart1825Parameters> Segments { get; }

    public Outcome Evaluate(StayContext stay, int i, Depart1825Parameters p, Trace? trace)
    {
        var failures = Reason.None;
        var reasons = Reason.None;
        if (stay.Age(i) is not { } age)
        {
            trace?.Add("âge inconnu (I-02)");
            failures |= Reason.AgeInconnu;
        }
        else if (age < p.AgeMin || age > p.AgeMax)
        {
            trace?.Add($"{age} ans, hors de {p.AgeMin}–{p.AgeMax} ans (I-02, I-44)");
            failures |= Reason.AgeHorsLimites;
        }
        if (stay.Count > 1) failures |= CheckGroup(stay, p, trace);
        var statuses = stay.Participant(i).Statuses & p.Statuses;
        if (statuses != 0)
        {
            reasons |= Reason.Statut;
            trace?.Add("statut de la liste du directeur général : pas de condition de ressources (I-44)");
        }
        else
        {
            var resources = ResourceTest.Check(stay, i, null, p.Rfr, null, trace);
            if (ResourceTest.Passed(resources)) reasons |= resources;
            else failures |= resources;
        }
        if (failures != Reason.None) return Outcome.No(failures);
        var share = stay.Share;
        var proportional = p.Rate * share;
        var amount = Math.Max(0m, Math.Min(Math.Min(proportional, p.Cap), share - p.MinRemaining));
        if (amount == p.Cap && proportional > p.Cap) reasons |= Reason.PlafondApplique;
        trace?.Add($"aide = max(0, min({French.Percent(p.Rate)} × {French.Eur(Money.Round(share))}, {French.Eur(p.Cap)}, {French.Eur(Money.Round(share))} − {French.Eur(p.MinRemaining)})) = {French.Eur(Money.Round(amount))} (I-44)");
        return Outcome.Aid(amount, reasons, Reason.ResteAChargeMinimum);
    }

    /// <summary>A group is at least half 18–25 and nobody is over 35 (I-44); unknown ages count as neither.</summary>
    private static Reason CheckGroup(StayContext stay, Depart1825Parameters p, Trace? trace)
    {
        var young = 0;
        var over = 0;
        for (var j = 0; j < stay.Count; j++)
        {
            if (stay.Age(j) is not { } age) continue;
            if (age >= p.AgeMin && age <= p.AgeMax) young++;
            if (age > p.GroupAgeMax) over++;
        }
        var ok = young >= p.GroupShareMin * stay.Count && over == 0;
        trace?.Add($"groupe de {stay.Count} : {young} de {p.AgeMin}–{p.AgeMax} ans, {over} de plus de {p.GroupAgeMax} ans ({(ok ? "conforme" : "non conforme")}, I-44)");
        return ok ? Reason.None : Reason.CompositionGroupe;
    }
}
