using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>
/// CAF 35 « Aide aux vacances sociales » (004_c9f267770fe193d4.txt, Dispositif n°3): a family stay within a social
/// support pathway, no resource test; aid = min(90 % × base, 80 € × days × participants) (I-24), the household's
/// 7 nights a year shared by its dossiers in date order (I-10).
/// </summary>
internal sealed class AvsRule
{
    public AvsRule(RuleBook book) => Segments = new Segments<AvsParameters>(book.Get("caf35.avs"), (p, d) => new AvsParameters(p, d));

    public Segments<AvsParameters> Segments { get; }

    public Outcome Evaluate(StayContext stay, AvsParameters p, int remainingNights, Trace? trace, out int allowedNights)
    {
        allowedNights = 0;
        var dossier = stay.Dossier;
        var failures = Reason.None;
        if (dossier.CafAllocataire != true)
        {
            trace?.Add("non allocataire de la CAF (I-24)");
            failures |= Reason.NonAllocataire;
        }
        if (dossier.SocialSupport != true)
        {
            trace?.Add("séjour hors d'un accompagnement social (I-24)");
            failures |= Reason.SansAccompagnementSocial;
        }
        failures |= FamilyStay.Check(stay, p.ChildAgeMax, p.SchoolAgeMin, p.SchoolAgeMax, trace);
        if (stay.Nights < p.NightsMin)
        {
            trace?.Add($"{stay.Nights} nuitée(s) < minimum {p.NightsMin} (I-24)");
            failures |= Reason.DureeSejour;
        }
        if (failures != Reason.None) return Outcome.No(failures);
        allowedNights = Math.Min(stay.Nights, remainingNights);
        if (allowedNights <= 0)
        {
            trace?.Add("nuitées de l'année déjà utilisées par le foyer (I-10)");
            return Outcome.No(Reason.DroitsAnnuelsEpuises);
        }
        var reasons = Reason.None;
        var aidBase = FamilyStay.LodgingMealsTax(dossier) + dossier.ExtrasEur;
        trace?.Add($"base hébergement + repas (demi-pension ou pension complète) + taxe de séjour + frais complémentaires = {French.Eur(aidBase)} (I-24)");
        if (allowedNights < stay.Nights)
        {
            reasons |= Reason.NuiteesPlafonnees;
            aidBase = aidBase * allowedNights / stay.Nights;
            trace?.Add($"{allowedNights} nuitée(s) retenue(s) sur {stay.Nights} : base {French.Eur(Money.Round(aidBase))} (I-10, I-24)");
        }
        var days = allowedNights + 1;
        var cap = p.DailyCapPerPerson * days * stay.Count;
        var proportional = p.Rate * aidBase;
        if (proportional > cap) reasons |= Reason.PlafondApplique;
        var amount = Math.Min(proportional, cap);
        trace?.Add($"aide = min({French.Percent(p.Rate)} × {French.Eur(Money.Round(aidBase))}, {French.Eur(p.DailyCapPerPerson)} × {days} jour(s) × {stay.Count} personne(s) = {French.Eur(cap)}) = {French.Eur(Money.Round(amount))} (CAF 35, AVS, I-24)");
        return Outcome.Aid(amount, reasons, Reason.CoutNul);
    }
}
