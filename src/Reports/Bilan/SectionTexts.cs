namespace Vacances.Reports.Bilan;

/// <summary>
/// Titles and introductions of the bilan's sections, after the structure and tone of the EFC evaluation (seed 001):
/// the figures come from the catalogue, the words say what they measure and how to read them.
/// </summary>
public static class SectionTexts
{
    public static string Title(string section) => section switch
    {
        "departs" => "Les départs",
        "public" => "Les publics touchés",
        "pros" => "Les professionnels mobilisés",
        "enquete" => "Ce que disent les partants : l'enquête",
        "effets" => "Les effets utiles",
        "flux" => "Les flux d'aides",
        "territoire" => "La couverture du territoire",
        _ => Catalogue.CategoryLabels.Humanise(section),
    };

    public static string Introduction(string section) => section switch
    {
        "departs" =>
            "Un départ est une personne partie en vacances dans le cadre de l'opération ; un dossier est un projet de départ (un ménage ou un groupe, un séjour). Les nuitées comptent, pour chaque participant, les nuits de son séjour.",
        "public" =>
            "L'opération vise les personnes les plus éloignées des vacances, y compris les « invisibles » des politiques sociales : travailleurs pauvres, au-dessus des seuils des aides sociales mais sans les moyens de partir. Les parts sont calculées sur les participants dont la donnée est connue.",
        "pros" =>
            "Travailleurs sociaux, agents communaux (CCAS, services des sports), référents familles, élus : l'accompagnement des partants repose sur des professionnels du territoire. Leurs heures sont déclarées mois par mois, de l'accompagnement direct à l'implication totale dans le projet.",
        "enquete" =>
            "Les partants interrogés ne sont pas un échantillon équilibré des départs. Leurs réponses sont donc pondérées (calage sur les effectifs connus des départs) et chaque résultat est donné avec son intervalle de confiance et le nombre de répondants concernés.",
        "effets" =>
            "Au-delà de l'aide financière, l'évaluation EFC distingue cinq registres d'« effets utiles » pour les partants. Les réponses libres au questionnaire ont été classées dans ces registres par un modèle entraîné sur un corpus annoté ; quelques réponses, parmi celles que le modèle classe avec le plus d'assurance, les illustrent.",
        "flux" =>
            "Chaque dossier mobilise plusieurs aides. Les montants enregistrés par les financeurs sont repris tels quels ; à défaut, l'aide est estimée par les règles des programmes, dans l'ordre de mobilisation des financeurs, sans dépasser le reste à charge. Le diagramme suit l'argent du financeur au programme puis au dispositif.",
        "territoire" =>
            "La couverture rapporte les départs de chaque commune à sa population (recensement, code officiel géographique) : elle mesure la part des habitants que l'opération a fait partir.",
        _ => string.Empty,
    };
}
