using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>
/// CAF 35 « Aide aux vacances enfants » (004_c9f267770fe193d4.txt, Dispositif n°4): a child of 3–17 away from the
/// family in a conventioned structure during school holidays; QF tiers with a yearly cap per child, the AEEH option
/// when better (I-25); the child's 14 nights and cap are consumed across stays in date order (I-10).
/// </summary>
internal sealed class AveRule
{
    public AveRule(RuleBook book) => Segments = new Segments<AveParameters>(book.Get("caf35.ave"), (p, d) => new AveParameters(p, d));

    public Segments<AveParameters> Segments { get; }

    /// <param name="remainingNights">Nights left of the child's 14 this year (I-10).</param>
    /// <param name="received">What earlier stays of the year granted this child (I-10).</param>
    public Outcome Evaluate(StayContext stay, int i, AveParameters p, int remainingNights, decimal received, Trace? trace, out int allowedNights)
    {
        allowedNights = 0;
        var failures = CheckConditions(stay, i, p, trace);
        var dossier = stay.Dossier;
        var child = stay.Participant(i);
        var aeeh = (child.Aeeh ?? dossier.Aeeh) == true;
        QfTier? tier = null;
        QfTier? aeehTier = null;
        if (dossier.QfEur is not { } qf)
        {
            trace?.Add("QF inconnu (I-05)");
            failures |= Reason.RessourcesInconnues;
        }
        else
        {
            tier = QfTier.Find(p.Tiers, qf);
            aeehTier = aeeh ? QfTier.Find(p.TiersAeeh, qf) : null;
            if (tier is not null)
                trace?.Add($"QF {French.Eur(qf)} : tranche {tier.QfMin}–{tier.QfMax} €, {French.Percent(tier.Rate)}, plafond annuel {French.Eur(tier.Cap)} (CAF 35, AVE, I-25)");
            if (aeehTier is not null)
                trace?.Add($"enfant bénéficiaire de l'AEEH : option {French.Percent(aeehTier.Rate)}, plafond annuel {French.Eur(aeehTier.Cap)} (I-25)");
            if (tier is null && aeehTier is null)
            {
                trace?.Add($"QF {French.Eur(qf)} hors des tranches (I-25)");
                failures |= Reason.QfHorsTranches;
            }
        }
        if (failures != Reason.None) return Outcome.No(failures);
        allowedNights = Math.Min(stay.Nights, remainingNights);
        if (allowedNights <= 0)
        {
            trace?.Add("nuitées de l'année déjà utilisées par l'enfant (I-10)");
            return Outcome.No(Reason.DroitsAnnuelsEpuises);
        }
        var reasons = aeehTier is not null ? Reason.Aeeh : Reason.None;
        var aidBase = stay.Share;
        if (allowedNights < stay.Nights)
        {
            reasons |= Reason.NuiteesPlafonnees;
            aidBase = aidBase * allowedNights / stay.Nights;
        }
        trace?.Add($"base = part de l'enfant {French.Eur(Money.Round(aidBase))} ({allowedNights} nuitée(s) retenue(s) sur {stay.Nights}, I-04, I-10)");
        var amount = 0m;
        foreach (var option in (ReadOnlySpan<QfTier?>)[tier, aeehTier])
        {
            if (option is null) continue;
            var room = Math.Max(0m, option.Cap - received);
            var proportional = option.Rate * aidBase;
            var value = Math.Min(proportional, room);
            trace?.Add($"{French.Percent(option.Rate)} × {French.Eur(Money.Round(aidBase))} dans la limite de {French.Eur(room)} restant sur {French.Eur(option.Cap)} = {French.Eur(Money.Round(value))}");
            if (value > amount)
            {
                amount = value;
                reasons = proportional > room ? reasons | Reason.PlafondApplique : reasons & ~Reason.PlafondApplique;
            }
        }
        return Outcome.Aid(amount, reasons, Reason.DroitsAnnuelsEpuises);
    }

    private static Reason CheckConditions(StayContext stay, int i, AveParameters p, Trace? trace)
    {
        var failures = Reason.None;
        if (stay.Age(i) is not { } age)
        {
            trace?.Add("âge inconnu (I-02)");
            failures |= Reason.AgeInconnu;
        }
        else if (age < p.AgeMin || age > p.AgeMax)
        {
            trace?.Add($"{age} ans, hors de {p.AgeMin}–{p.AgeMax} ans (I-02, I-25)");
            failures |= Reason.AgeHorsLimites;
        }
        if (stay.HasAdultRole)
        {
            trace?.Add("séjour en famille (un participant de rôle adult), non hors du contexte familial (I-25)");
            failures |= Reason.SejourEnFamille;
        }
        if (stay.Dossier.ConventionedStructure != true)
        {
            trace?.Add("structure non conventionnée CAF / Vacaf (I-25)");
            failures |= Reason.StructureNonConventionnee;
        }
        if (stay.Dossier.DuringSchoolHolidays != true)
        {
            trace?.Add("hors des vacances scolaires (I-25)");
            failures |= Reason.HorsVacancesScolaires;
        }
        if (stay.Nights < p.NightsMin)
        {
            trace?.Add($"{stay.Nights} nuitée(s) < minimum {p.NightsMin} (I-25)");
            failures |= Reason.DureeSejour;
        }
        return failures;
    }
}
