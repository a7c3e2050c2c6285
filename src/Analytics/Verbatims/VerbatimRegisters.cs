namespace Vacances.Analytics.Verbatims;

/// <summary>
/// The six classes of DESIGN §7: the five registers of « effets utiles » for the partants named in seed
/// <c>001_0c9c9836ad075950.txt</c> (section « Au-delà de la simple distribution d'aides aux départs »), plus
/// <c>autre</c> for answers about the stay itself (weather, food, campsite, coach) or off-topic.
/// </summary>
public static class VerbatimRegisters
{
    /// <summary>« Élargissement de l'accès aux droits sociaux »: rights discovered, aids one did not know, daring to ask.</summary>
    public const string AccesDroits = "acces_droits";

    /// <summary>« Transformation de la relation aux institutions »: CCAS, mairie, social workers, trust.</summary>
    public const string RelationInstitutions = "relation_institutions";

    /// <summary>« Développement de l'autonomie financière »: budgeting, saving, paying one's share, digital payment.</summary>
    public const string AutonomieFinanciere = "autonomie_financiere";

    /// <summary>
    /// « Réengagement »: projection into future departures and, more broadly (brief of this classifier),
    /// getting back into work, training, volunteering, associations, self-confidence, leaving isolation.
    /// </summary>
    public const string Reengagement = "reengagement";

    /// <summary>« Impacts sur la dynamique familiale »: time with children or partner, memories, parent-child bond.</summary>
    public const string DynamiqueFamiliale = "dynamique_familiale";

    /// <summary>Anything else: the stay's logistics, neutral answers, complaints unrelated to a register.</summary>
    public const string Autre = "autre";

    /// <summary>The six codes in the canonical order used by reports and confusion matrices.</summary>
    public static IReadOnlyList<string> All { get; } =
        [AccesDroits, RelationInstitutions, AutonomieFinanciere, Reengagement, DynamiqueFamiliale, Autre];

    /// <summary>French label of a register, as the bilan prints it.</summary>
    public static string FrenchLabel(string register) => register switch
    {
        AccesDroits => "Accès aux droits",
        RelationInstitutions => "Relation aux institutions",
        AutonomieFinanciere => "Autonomie financière",
        Reengagement => "Réengagement",
        DynamiqueFamiliale => "Dynamique familiale",
        Autre => "Autre",
        _ => throw new ArgumentOutOfRangeException(nameof(register), register, "Registre inconnu."),
    };

    /// <summary>True when <paramref name="register"/> is one of the six codes.</summary>
    public static bool IsKnown(string register) => All.Contains(register, StringComparer.Ordinal);
}
