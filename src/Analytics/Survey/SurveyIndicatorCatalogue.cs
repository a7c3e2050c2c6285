using Vacances.Analytics.Indicators;

namespace Vacances.Analytics.Survey;

/// <summary>
/// The survey figures of seed 001 (<c>001_0c9c9836ad075950.txt</c>) as catalogue entries of section
/// <c>enquete</c> (DESIGN §5, §6): weighted, published with CIs, n and design effect. The question ids are those
/// DESIGN §3.5 makes the sample carry.
/// </summary>
public static class SurveyIndicatorCatalogue
{
    private const string Weighted = " (pondéré : calage sur les marges dispositif × groupe de communes des départs)";
    private const string Professionals = " (pondéré : sondage aléatoire simple parmi les professionnels de professionals.csv)";

    /// <summary>Every survey indicator, in report order.</summary>
    public static IReadOnlyList<SurveyIndicatorSpec> Specs { get; } =
    [
        Partants("decouverte_droits_vacances", "Partants ayant découvert leurs droits aux vacances", "decouverte_droits_vacances", "oui", [],
            "001, Accès aux droits (« 61 % … les droits associés aux vacances »)"),
        Partants("decouverte_droits_loisirs", "Partants ayant découvert leurs droits aux loisirs", "decouverte_droits_loisirs", "oui", [],
            "001, Accès aux droits (« 6 % les droits associés aux loisirs »)"),
        Partants("relation_enfants_tres_positive", "Partants jugeant très positif l'effet du séjour sur la relation avec leurs enfants", "relation_enfants", "tres_positif", ["sans_objet"],
            "001, Dynamique familiale (« 60 % … impact très positif sur la relation avec leurs enfants »)", ["5"]),
        Partants("capacite_repartir", "Partants s'estimant capables de repartir seuls", "capacite_repartir", "oui", [],
            "001, Registres d'effets utiles (« 52 % des répondants s'en estiment capables »)"),
        Partants("relation_institutions_amelioree", "Partants dont la relation avec les institutions s'est améliorée", "relation_institutions", "amelioree", [],
            "001, Relation aux institutions (« près d'un tiers … relation améliorée »)"),
        Pros("pratiques_evoluees", "Professionnels dont les pratiques ont évolué", "pratiques_evoluees", "oui",
            "001, Transformation des pratiques (« 84 % … faire évoluer leurs pratiques »)"),
        Pros("competences_relationnelles", "Professionnels ayant développé des compétences relationnelles", "competences", "relationnelles", Skills),
        Pros("competences_environnement_vacancier", "Professionnels ayant acquis des connaissances sur l'environnement vacancier", "competences", "environnement_vacancier", Skills),
        Pros("competences_ingenierie_projet", "Professionnels ayant développé des compétences en ingénierie de projet", "competences", "ingenierie_projet", Skills),
        Pros("competences_partenariat", "Professionnels ayant développé leurs capacités de travail partenarial", "competences", "partenariat", Skills),
        Pros("competences_modalites_intervention", "Professionnels ayant élargi leurs modalités d'intervention", "competences", "modalites_intervention", Skills),
        Mean("heures_accompagnement_moyenne", "Heures d'accompagnement direct par professionnel (enquête)", "heures_accompagnement",
            "001, Surcharge de travail (« 61 heures à l'accompagnement direct »)"),
        Mean("heures_implication_moyenne", "Heures d'implication globale par professionnel (enquête)", "heures_implication",
            "001, Surcharge de travail (« 109 heures à leur implication globale »)"),
    ];

    /// <summary>The catalogue entries, for the flows branch's <c>IndicatorCatalogue</c>.</summary>
    public static IReadOnlyList<IndicatorDefinition> Definitions { get; } = Specs.Select(s => s.Definition).ToList();

    private const string Skills = "001, Compétences (« cinq grandes catégories de compétences acquises ou renforcées »)";

    private static SurveyIndicatorSpec Partants(string id, string label, string question, string value, string[] exclude, string seed, string[]? alternatives = null) => new(
        new IndicatorDefinition($"enquete.{id}", label, "enquete",
            $"Partants répondants ayant répondu « {value} » à {question}{Weighted}",
            exclude.Length == 0
                ? $"Partants ayant répondu à {question}{Weighted}"
                : $"Partants ayant répondu à {question}, hors « {string.Join(" », « ", exclude)} »{Weighted}",
            100m, "%", [OperationMargins.Dispositif], [$"survey/partants.{question}", "survey/partants.dispositif", "survey/partants.commune_insee", "participants", "dossiers.dispositif", "dossiers.commune_insee"], seed),
        SurveyPopulation.Partants, question, value, exclude, alternatives ?? []);

    private static SurveyIndicatorSpec Pros(string id, string label, string question, string value, string seed) => new(
        new IndicatorDefinition($"enquete.{id}", label, "enquete",
            $"Professionnels répondants ayant répondu « {value} » à {question}{Professionals}",
            $"Professionnels ayant répondu à {question}{Professionals}",
            100m, "%", [], [$"survey/professionnels.{question}", "professionals.pro_id"], seed),
        SurveyPopulation.Professionnels, question, value, [], []);

    private static SurveyIndicatorSpec Mean(string id, string label, string question, string seed) => new(
        new IndicatorDefinition($"enquete.{id}", label, "enquete",
            $"Somme pondérée des heures déclarées ({question}){Professionals}",
            $"Professionnels ayant déclaré leurs heures{Professionals}",
            1m, "h", [], [$"survey/professionnels.{question}", "professionals.pro_id"], seed),
        SurveyPopulation.Professionnels, question, null, [], []);
}
