using Vacances.Reports.Catalogue;
using Vacances.Reports.Components;
using Vacances.Reports.Formatting;
using Vacances.Reports.Model;

namespace Vacances.Reports.Bilan;

/// <summary>
/// The survey section (DESIGN §6, seed 001's figures weighted): the design in one note, the catalogue's <c>enquete</c>
/// indicators with their intervals, then the domain estimates (by dispositif…) the catalogue publishes.
/// </summary>
public static class SurveySectionBuilder
{
    public static ReportSection Build(ReportContext context)
    {
        var generic = CatalogueSectionBuilder.Build(context, "enquete");
        var blocks = new List<IReportBlock> { generic.Blocks[0] };
        if (context.Input.SurveyDesign is { } design)
            blocks.Add(new MethodologyNote("Comment lire ces résultats", [
                $"{FrenchFormat.Integer(design.Respondents)} partants ont répondu au questionnaire, sur {FrenchFormat.Integer(design.PopulationSize)} départs. " +
                $"Leurs réponses sont pondérées par calage (raking) sur {string.Join(" et ", design.CalibrationVariables)}, pour que les répondants pèsent comme l'ensemble des partants.",
                $"Chaque part est accompagnée de son intervalle de confiance à {SurveyBlocks.LevelText(design.Level)} : la vraie valeur a {SurveyBlocks.LevelText(design.Level)} de chances de s'y trouver. " +
                "n est le nombre de répondants concernés par la question.",
                $"{FrenchFormat.Integer(design.ProfessionalRespondents)} professionnels ont répondu à leur propre questionnaire ; leurs résultats figurent dans la partie consacrée aux professionnels.",
            ]));
        blocks.AddRange(generic.Blocks.Skip(1));
        blocks.AddRange(DomainTables(context));
        return generic with { Blocks = blocks };
    }

    private static IEnumerable<IReportBlock> DomainTables(ReportContext context)
    {
        var byDimension = context.Input.SurveyOutcomes
            .Where(o => o.DomainDimension != "total")
            .GroupBy(o => o.DomainDimension, StringComparer.Ordinal);
        foreach (var group in byDimension)
        {
            var rows = group
                .Select(o => (Outcome: o, Definition: context.Catalogue.Definition(o.IndicatorId), Cell: context.Catalogue.Cell(o.IndicatorId, o.DomainDimension, o.DomainCategory)))
                .Where(x => x.Definition is not null && x.Cell is not null)
                .Select(x => (x.Definition!, x.Cell!, x.Outcome.Estimate with { Question = context.Labels.Category(group.Key, x.Outcome.DomainCategory) }))
                .ToList();
            if (rows.Count == 0) continue;
            var labelled = rows.Select(r => (r.Item1 with { Label = r.Item1.Label + " — " + r.Item3.Question }, r.Item2, r.Item3)).ToList();
            yield return new SubHeading("Par " + CategoryLabels.Dimension(group.Key));
            yield return SurveyBlocks.Table(labelled, "Estimations par " + CategoryLabels.Dimension(group.Key));
        }
    }
}
