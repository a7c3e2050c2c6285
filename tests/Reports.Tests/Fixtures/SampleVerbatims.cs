using Vacances.Analytics.Verbatims;

namespace Vacances.Reports.Tests.Fixtures;

/// <summary>Hand-written French free-text answers (synthetic, no real person) with the register a classifier gave them.</summary>
public static class SampleVerbatims
{
    private static readonly (string Register, float Confidence, string Text)[] Answers =
    [
        ("acces_droits", 0.94f, "Je savais pas du tout qu'on avait droit à une aide pour les vacances, c'est l'assistante sociale qui m'en a parlé."),
        ("acces_droits", 0.91f, "Grâce au CCAS j'ai découvert les chèques vacances et aussi l'aide de la CAF que je demandais jamais."),
        ("acces_droits", 0.88f, "On pensait que c'était pas pour nous, les vacances. Maintenant je sais qu'il y a des aides."),
        ("acces_droits", 0.62f, "j'ai appris pour les droits"),
        ("relation_institutions", 0.93f, "À la mairie ils m'ont reçue pour une bonne nouvelle pour une fois, ça change tout."),
        ("relation_institutions", 0.87f, "Avant j'osais pas pousser la porte du CCAS. Là on m'a écoutée, sans jugement."),
        ("relation_institutions", 0.81f, "La dame du centre social m'a rappelée plusieurs fois pour voir si tout allait bien."),
        ("autonomie_financiere", 0.92f, "On a mis de côté un peu chaque mois pour payer notre part, c'est la première fois qu'on arrive à épargner."),
        ("autonomie_financiere", 0.86f, "J'ai appris à faire un budget pour le séjour et à payer avec les chèques vacances en ligne."),
        ("autonomie_financiere", 0.7f, "on a calculé pour rester une semaine de plus avec le même budget"),
        ("reengagement", 0.95f, "L'année prochaine on repart, et cette fois je monte le dossier toute seule !"),
        ("reengagement", 0.89f, "Ma voisine m'a demandé comment faire, je lui ai expliqué et elle s'inscrit aussi."),
        ("reengagement", 0.77f, "Je me sens capable de repartir maintenant."),
        ("dynamique_familiale", 0.96f, "Les enfants ont vu la mer pour la première fois, on a ri comme jamais tous ensemble."),
        ("dynamique_familiale", 0.9f, "Avec mon mari on s'est retrouvés, loin des soucis de tous les jours. Les petits en parlent encore."),
        ("dynamique_familiale", 0.84f, "Mon fils ado a enfin décroché de son téléphone, on a fait du vélo en famille."),
        ("autre", 0.71f, "Le camping était bien mais il a plu trois jours."),
        ("autre", 0.55f, "Rien à dire de plus, merci."),
    ];

    public static IReadOnlyList<ClassifiedVerbatim> All { get; } =
        Answers.Select((a, i) => new ClassifiedVerbatim("v" + (i + 1).ToString("000", System.Globalization.CultureInfo.InvariantCulture), a.Text, a.Register, a.Confidence)).ToList();
}
