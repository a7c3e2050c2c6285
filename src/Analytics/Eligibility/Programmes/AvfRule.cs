using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>
/// CAF 35 « Aide aux vacances familiales » (004_c9f267770fe193d4.txt, Dispositif n°1): conditions I-22, base I-20,
/// tiers I-21; the household's 7 nights a year are shared by its dossiers in date order (I-10).
/// </summary>
internal sealed class AvfRule
{
    public AvfRule(RuleBook book) => Segments = new Segments<AvfParameters>(book.Get("caf35.avf"), (p, d) => new AvfParameters(p, d));

    public Segments<AvfParameters> Segments { get; }

    /// <param name="remainingNights">Nights left of the household's yearly allowance (I-10).</param>
    /// <param name="allowedNights">Nights this dossier consumes when eligible.</param>
    public Outcome Evaluate(StayContext stay, AvfParameters p, int year, int remainingNights, Trace? trace, out int allowedNights)
    {
        allowedNights = 0;
        var dossier = stay.Dossier;
        var failures = Reason.None;
        if (dossier.CafAllocataire != true)
        {
            trace?.Add("non allocataire de la CAF (I-22)");
            failures |= Reason.NonAllocataire;
        }
        if (dossier.DependentChildren is not >= 1)
        {
            trace?.Add("aucun enfant mineur à charge (I-22)");
            failures |= Reason.SansEnfantACharge;
        }
        failures |= FamilyStay.Check(stay, p.ChildAgeMax, p.SchoolAgeMin, p.SchoolAgeMax, trace);
        if (dossier.LastAvfYear == year - 1)
        {
            trace?.Add($"AVF utilisée en {year - 1} : aide accordée une année sur deux (I-22)");
            failures |= Reason.AvfAnneePrecedente;
        }
        if (stay.Nights < p.NightsMin)
        {
            trace?.Add($"{stay.Nights} nuitée(s) < minimum {p.NightsMin} (I-22)");
            failures |= Reason.DureeSejour;
        }
        var aeeh = HasAeeh(stay);
        QfTier? tier = null;
        if (dossier.QfEur is not { } qf)
        {
            trace?.Add("QF inconnu (I-05)");
            failures |= Reason.RessourcesInconnues;
        }
        else
        {
            tier = QfTier.Find(aeeh ? p.TiersAeeh : p.Tiers, qf);
            trace?.Add(tier is null
                ? $"QF {French.Eur(qf)} hors des tranches{(aeeh ? " (AEEH)" : "")} (I-21)"
                : $"QF {French.Eur(qf)} : tranche {tier.QfMin}–{tier.QfMax} €, {French.Percent(tier.Rate)}, plafond {French.Eur(tier.Cap)}{(aeeh ? " (AEEH)" : "")} (CAF 35, AVF, I-21)");
            if (tier is null) failures |= Reason.QfHorsTranches;
        }
        if (failures != Reason.None || tier is null) return Outcome.No(failures);
        return Amount(stay, tier, aeeh ? Reason.Aeeh : Reason.None, remainingNights, trace, out allowedNights);
    }

    /// <summary>AEEH of the household or of a child of the dossier (I-21).</summary>
    private static bool HasAeeh(StayContext stay)
    {
        if (stay.Dossier.Aeeh == true) return true;
        for (var i = 0; i < stay.Count; i++)
            if (stay.Participant(i).Aeeh == true) return true;
        return false;
    }

    /// <summary>min(rate × base × allowed / nights, cap) (I-20, I-21, I-10).</summary>
    private static Outcome Amount(StayContext stay, QfTier tier, Reason reasons, int remainingNights, Trace? trace, out int allowedNights)
    {
        allowedNights = Math.Min(stay.Nights, remainingNights);
        if (allowedNights <= 0)
        {
            trace?.Add("nuitées de l'année déjà utilisées par le foyer (I-10)");
            return Outcome.No(Reason.DroitsAnnuelsEpuises);
        }
        var aidBase = FamilyStay.LodgingMealsTax(stay.Dossier);
        trace?.Add($"base hébergement + repas (demi-pension ou pension complète) + taxe de séjour = {French.Eur(aidBase)} (I-20)");
        if (allowedNights < stay.Nights)
        {
            reasons |= Reason.NuiteesPlafonnees;
            aidBase = aidBase * allowedNights / stay.Nights;
            trace?.Add($"{allowedNights} nuitée(s) retenue(s) sur {stay.Nights} : base {French.Eur(Money.Round(aidBase))} (I-10, I-20)");
        }
        var proportional = tier.Rate * aidBase;
        if (proportional > tier.Cap) reasons |= Reason.PlafondApplique;
        var amount = Math.Min(proportional, tier.Cap);
        trace?.Add($"aide = min({French.Percent(tier.Rate)} × {French.Eur(Money.Round(aidBase))}, {French.Eur(tier.Cap)}) = {French.Eur(Money.Round(amount))}");
        return Outcome.Aid(amount, reasons, Reason.CoutNul);
    }
}
