using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>
/// ANCV « Aide à la pratique sportive » (003_ca2202353c143c2a.txt, Aide à la pratique sportive): the project is the
/// dossier's sport activity (activities_eur), co-financing sought from another funder; the aid is limited to 50 % of
/// the project cost (per participant: 50 % of their share of the activities); no share is left to the beneficiary
/// and the text sets no resource threshold. Reading of this programme: see the eligibility report.
/// </summary>
internal sealed class PratiqueSportiveRule
{
    public PratiqueSportiveRule(RuleBook book) =>
        Segments = new Segments<PratiqueSportiveParameters>(book.Get("ancv.pratique_sportive"), (p, d) => new PratiqueSportiveParameters(p, d));

    public Segments<PratiqueSportiveParameters> Segments { get; }

    public Outcome Evaluate(StayContext stay, PratiqueSportiveParameters p, Trace? trace)
    {
        var failures = Reason.None;
        var activities = stay.Dossier.ActivitiesEur;
        if (activities <= 0)
        {
            trace?.Add("aucun coût d'activité (activities_eur) : pas de projet sportif");
            failures |= Reason.ActiviteSportiveAbsente;
        }
        if (stay.Dossier.OtherFunderRequested != true)
        {
            trace?.Add("aucun autre financeur sollicité (1. Actions)");
            failures |= Reason.AutreFinanceurNonSollicite;
        }
        if (failures != Reason.None) return Outcome.No(failures);
        var share = activities / stay.Count;
        var amount = p.ProjectRate * share;
        trace?.Add($"plafond = {French.Percent(p.ProjectRate)} × part des activités {French.Eur(Money.Round(share))} = {French.Eur(Money.Round(amount))} (3. Aide)");
        return Outcome.Aid(amount, Reason.None, Reason.CoutNul);
    }
}
