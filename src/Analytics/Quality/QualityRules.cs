using System.Globalization;
using Vacances.Ingest.Model;
using static Vacances.Analytics.Quality.MissingValueStrategy;

namespace Vacances.Analytics.Quality;

/// <summary>
/// The catalogue of data-quality rules (DESIGN §1: staff « see data-quality problems row by row »), per kind of
/// record. Each is a DHIS2-style comparison; thresholds cite their source.
/// </summary>
public static class QualityRules
{
    /// <summary>Longest stay the ANCV holiday aids accept: « il dure de 4 à 21 nuitées » (003, APV, III.1).</summary>
    public const int MaxPlausibleNights = 21;

    /// <summary>
    /// Most hours one professional plausibly gives the operation in a month: a full-time month is about 152 h
    /// (35 h × 52 / 12), 200 h leaves room for the overtime seed 001 reports (« J'ai largement exposé mes heures
    /// supplémentaires »).
    /// </summary>
    public const decimal MaxPlausibleMonthlyHours = 200m;

    public static IReadOnlyList<QualityRule<DossierQualityFacts>> Dossiers { get; } =
    [
        new("aides_superieures_au_cout", "Les aides enregistrées ne dépassent pas le coût du séjour", "dossier",
            RuleSide<DossierQualityFacts>.Of("Σ des aides enregistrées", f => f.RecordedAidsEur, SkipIfAllValuesMissing),
            RuleOperator.LessThanOrEqual,
            RuleSide<DossierQualityFacts>.Of("coût du séjour", f => f.Dossier.TotalCostEur, NeverSkip),
            f => f.Dossier.DossierId),
        new("dossier_sans_participant", "Un dossier a au moins un participant", "dossier",
            RuleSide<DossierQualityFacts>.Of("participants", f => f.Participants, NeverSkip),
            RuleOperator.GreaterThan, RuleSide<DossierQualityFacts>.Constant(0m), f => f.Dossier.DossierId),
        new("sejour_plus_de_21_nuits", "Un séjour dure au plus 21 nuits", "dossier",
            RuleSide<DossierQualityFacts>.Of("nuits", f => f.Dossier.Nights, NeverSkip),
            RuleOperator.LessThanOrEqual, RuleSide<DossierQualityFacts>.Constant(MaxPlausibleNights), f => f.Dossier.DossierId),
        new("cout_nul", "Un séjour a un coût", "dossier",
            RuleSide<DossierQualityFacts>.Of("coût du séjour", f => f.Dossier.TotalCostEur, NeverSkip),
            RuleOperator.GreaterThan, RuleSide<DossierQualityFacts>.Constant(0m), f => f.Dossier.DossierId),
        new("ressources_inconnues", "Au moins une mesure de ressources est connue (QF, RFR ou RNI)", "dossier",
            new RuleSide<DossierQualityFacts>("mesures de ressources connues",
                [f => f.Dossier.QfEur is null ? 0m : 1m, f => f.Dossier.RfrEur is null ? 0m : 1m, f => f.Dossier.RniEur is null ? 0m : 1m],
                NeverSkip),
            RuleOperator.GreaterThan, RuleSide<DossierQualityFacts>.Constant(0m), f => f.Dossier.DossierId),
    ];

    public static IReadOnlyList<QualityRule<ParticipantQualityFacts>> Participants { get; } =
    [
        new("participant_sans_age", "L'âge d'un participant est connu (date de naissance ou âge)", "participant",
            RuleSide<ParticipantQualityFacts>.Of("âge connu", f => f.Age is null ? 0m : 1m, NeverSkip),
            RuleOperator.Equal, RuleSide<ParticipantQualityFacts>.Constant(1m), f => f.Participant.ParticipantId),
        new("adulte_sans_pcs", "La PCS d'un participant de 18 ans ou plus est connue", "participant",
            RuleSide<ParticipantQualityFacts>.Of("PCS connue", f => f.Age is >= 18 ? (f.Participant.Pcs is null ? 0m : 1m) : null),
            RuleOperator.Equal, RuleSide<ParticipantQualityFacts>.Constant(1m), f => f.Participant.ParticipantId),
    ];

    public static IReadOnlyList<QualityRule<ProfessionalMonth>> Professionals { get; } =
    [
        new("heures_mois_implausibles", "Un professionnel donne au plus 200 h par mois à l'opération", "professionnel",
            RuleSide<ProfessionalMonth>.Of("heures totales du mois", m => m.HoursTotal, NeverSkip),
            RuleOperator.LessThanOrEqual, RuleSide<ProfessionalMonth>.Constant(MaxPlausibleMonthlyHours), ProfessionalMonthId),
        new("heures_directes_superieures_au_total", "Les heures d'accompagnement direct sont comprises dans les heures totales", "professionnel",
            RuleSide<ProfessionalMonth>.Of("heures directes", m => m.HoursDirect, NeverSkip),
            RuleOperator.LessThanOrEqual,
            RuleSide<ProfessionalMonth>.Of("heures totales", m => m.HoursTotal, NeverSkip), ProfessionalMonthId),
    ];

    public static IReadOnlyList<QualityRule<AidQualityFacts>> Aids { get; } =
    [
        new("aide_dossier_inconnu", "Une aide enregistrée se rapporte à un dossier connu", "aide",
            RuleSide<AidQualityFacts>.Of("dossier connu", f => f.DossierKnown ? 1m : 0m, NeverSkip),
            RuleOperator.Equal, RuleSide<AidQualityFacts>.Constant(1m), AidId),
        new("aide_montant_nul", "Une aide enregistrée a un montant", "aide",
            RuleSide<AidQualityFacts>.Of("montant", f => f.Aid.AmountEur, NeverSkip),
            RuleOperator.GreaterThan, RuleSide<AidQualityFacts>.Constant(0m), AidId),
    ];

    private static string ProfessionalMonthId(ProfessionalMonth m) =>
        m.ProId + " " + m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string AidId(AidQualityFacts f) =>
        string.IsNullOrEmpty(f.Aid.ParticipantId)
            ? $"{f.Aid.DossierId} {f.Aid.Programme}"
            : $"{f.Aid.DossierId} {f.Aid.ParticipantId} {f.Aid.Programme}";
}
