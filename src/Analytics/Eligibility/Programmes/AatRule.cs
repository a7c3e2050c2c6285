using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>
/// CAF 35 « Aide au transport » (004_c9f267770fe193d4.txt, Dispositif n°2): an AVF-eligible family whose whole stay
/// lies within the summer window, 200–400 km: 100 €, over 400 km: 200 € (I-23).
/// </summary>
internal sealed class AatRule
{
    public AatRule(RuleBook book) => Segments = new Segments<AatParameters>(book.Get("caf35.aat"), (p, d) => new AatParameters(p, d));

    public Segments<AatParameters> Segments { get; }

    public Outcome Evaluate(StayContext stay, AatParameters p, bool avfEligible, Trace? trace)
    {
        var failures = Reason.None;
        if (!avfEligible)
        {
            trace?.Add("famille non éligible à l'AVF (I-23)");
            failures |= Reason.AvfNonEligible;
        }
        var dossier = stay.Dossier;
        var inSummer = dossier.StartDate >= p.SummerStart && dossier.EndDate <= p.SummerEnd;
        trace?.Add($"séjour du {dossier.StartDate:dd/MM/yyyy} au {dossier.EndDate:dd/MM/yyyy} {(inSummer ? "dans" : "hors de")} la période {p.SummerStart:dd/MM/yyyy}–{p.SummerEnd:dd/MM/yyyy} (I-23)");
        if (!inSummer) failures |= Reason.HorsPeriodeEte;
        decimal amount = 0;
        if (dossier.DistanceKm is not { } km)
        {
            trace?.Add("distance inconnue (I-23)");
            failures |= Reason.DistanceInconnue;
        }
        else if (km < p.DistanceMinKm)
        {
            trace?.Add($"distance {French.Number(km)} km < {French.Number(p.DistanceMinKm)} km (I-23)");
            failures |= Reason.DistanceInsuffisante;
        }
        else
        {
            amount = km <= p.DistanceHighKm ? p.AmountLow : p.AmountHigh;
            trace?.Add($"distance {French.Number(km)} km : {French.Eur(amount)} (I-23)");
        }
        return failures != Reason.None ? Outcome.No(failures) : Outcome.Aid(amount, Reason.None, Reason.CoutNul);
    }
}
