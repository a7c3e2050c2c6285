using Vacances.Reports.Catalogue;
using Vacances.Reports.Components;
using Vacances.Reports.Formatting;
using Vacances.Reports.Model;

namespace Vacances.Reports.Bilan;

/// <summary>
/// « Méthodologie » (DESIGN §8): data sources and the quality report, eligibility rules and their sources, the survey
/// weighting, the verbatim classifier's cross-validated quality, and the cells hidden by disclosure control.
/// </summary>
public static class MethodologySectionBuilder
{
    public static ReportSection Build(ReportContext context)
    {
        var input = context.Input;
        var blocks = new List<IReportBlock>
        {
            new Paragraph("Les chiffres de ce bilan sont calculés à partir des fichiers de l'opération, contrôlés ligne par ligne. Chaque indicateur a une définition unique (numérateur, dénominateur, facteur), donnée en annexe, que le bilan, les tableaux de bord et l'interface de données partagent.", "lead"),
            new SubHeading("Sources et qualité des données"),
        };
        if (input.Quality.Count > 0)
        {
            blocks.Add(new DataTable("Lignes lues, acceptées et mises en quarantaine",
                [new("Fichier", false), new("Lues", true), new("Acceptées", true), new("En quarantaine", true), new("Principaux motifs", false)],
                [.. input.Quality.Select(q => (IReadOnlyList<TableCell>)[
                    new TableCell(q.File), new TableCell(FrenchFormat.Integer(q.RowsRead)), new TableCell(FrenchFormat.Integer(q.Accepted)),
                    new TableCell(FrenchFormat.Integer(q.Quarantined)), new TableCell(q.MainReasons.Count == 0 ? "—" : string.Join(" ; ", q.MainReasons)),
                ])],
                "Une ligne rejetée n'est jamais perdue : elle est conservée en quarantaine avec le fichier, la ligne, la colonne et le motif. Lues = acceptées + en quarantaine."));
        }
        else blocks.Add(new Paragraph("Aucun rapport de qualité n'accompagne ces données."));

        blocks.Add(new SubHeading("Règles d'éligibilité"));
        blocks.Add(new Paragraph("L'éligibilité à chaque programme est évaluée par des règles écrites à partir des textes des financeurs ; leurs paramètres (seuils, taux, plafonds, périodes) sont datés et sourcés. Les aides non enregistrées sont estimées à partir de ces règles."));
        if (input.Eligibility.Count > 0)
            blocks.Add(new DataTable("Programmes évalués",
                [new("Programme", false), new("Source", false), new("Évaluations", true), new("Éligibles", true), new("Montant éligible", true)],
                [.. input.Eligibility.Select(p => (IReadOnlyList<TableCell>)[
                    new TableCell(p.Label), new TableCell(p.Source), new TableCell(FrenchFormat.Integer(p.Evaluated)), new TableCell(FrenchFormat.Integer(p.Eligible)),
                    new TableCell(FrenchFormat.Euros(p.EligibleAmountEur)),
                ])],
                "Une évaluation porte sur un dossier ou un participant. Le montant est celui de l'aide calculée comme si le programme était la seule aide : les montants de programmes différents ne s'additionnent pas."));

        blocks.Add(new SubHeading("Pondération de l'enquête"));
        if (input.SurveyDesign is { } design)
            blocks.Add(new MethodologyNote("Calage et précision", [
                $"Les {FrenchFormat.Integer(design.Respondents)} répondants sont traités comme un sondage aléatoire simple sans remise parmi {FrenchFormat.Integer(design.PopulationSize)} partants, avec correction de population finie.",
                $"Les poids sont calés par raking (itérations de Newton) sur les marges connues par les données de départ : {string.Join(", ", design.CalibrationVariables)}. Les estimations d'une question portent sur les répondants qui y ont répondu (estimation sur domaine).",
                $"La variance est estimée par linéarisation de l'estimateur calé ; les intervalles de confiance à {SurveyBlocks.LevelText(design.Level)} sont calculés sur l'échelle logit, ce qui les garde entre 0 et 100 %. La méthode est celle du package R survey (calibrate, svymean, svyciprop).",
            ]));
        else blocks.Add(new Paragraph("Aucune enquête n'accompagne ces données."));

        blocks.Add(new SubHeading("Classement des réponses libres"));
        if (input.Classifier is { } classifier)
        {
            blocks.Add(new Paragraph(
                $"Les réponses libres sont classées dans les registres d'effets utiles par un modèle d'apprentissage (ML.NET) entraîné sur un corpus annoté de {FrenchFormat.Integer(classifier.CorpusSize)} réponses. " +
                $"En validation croisée à {FrenchFormat.Integer(classifier.Folds)} blocs, son F1 macro est de {FrenchFormat.Number((decimal)classifier.MacroF1, 2)}, contre {FrenchFormat.Number((decimal)classifier.BaselineMacroF1, 2)} pour un classement par mots-clés."));
            blocks.Add(new DataTable("Qualité du classement par registre (F1, validation croisée)",
                [new("Registre", false), new("F1", true)],
                [.. classifier.PerRegisterF1.Select(p => (IReadOnlyList<TableCell>)[
                    new TableCell(CategoryLabels.Registers.GetValueOrDefault(p.Key) ?? CategoryLabels.Humanise(p.Key)),
                    new TableCell(FrenchFormat.Number((decimal)p.Value, 2)),
                ])]));
        }
        else blocks.Add(new Paragraph("Aucune mesure de qualité du classement n'accompagne ces données."));

        blocks.Add(new SubHeading("Secret statistique"));
        var suppressed = context.Catalogue.AllValues().Where(v => v.Suppressed).ToList();
        var threshold = input.Operation.SmallCellThreshold;
        blocks.Add(new Paragraph(
            $"Les effectifs inférieurs à {FrenchFormat.Integer(threshold)} ne sont pas publiés, ni les cellules qui permettraient de les retrouver par différence (secret secondaire). " +
            (suppressed.Count == 0
                ? "Aucune cellule n'a dû être masquée dans ce bilan."
                : $"{FrenchFormat.Integer(suppressed.Count)} cellule(s) sont masquées dans ce bilan ; elles sont marquées « {SuppressedMarker.Symbol} » dans les tableaux.")));
        if (suppressed.Count > 0)
            blocks.Add(new DataTable("Cellules masquées par indicateur",
                [new("Indicateur", false), new("Ventilation", false), new("Cellules masquées", true)],
                [.. suppressed.GroupBy(v => (v.IndicatorId, v.Dimension)).Select(g => (IReadOnlyList<TableCell>)[
                    new TableCell(context.Catalogue.Definition(g.Key.IndicatorId)?.Label ?? g.Key.IndicatorId),
                    new TableCell(CategoryLabels.Dimension(g.Key.Dimension)),
                    new TableCell(FrenchFormat.Integer(g.Count())),
                ])]));
        return new ReportSection("methodologie", "Méthodologie", blocks);
    }
}
