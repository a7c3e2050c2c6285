using Vacances.Reports.Components;
using Vacances.Reports.Formatting;
using Vacances.Reports.Input;
using Vacances.Reports.Model;

namespace Vacances.Reports.Bilan;

/// <summary>
/// Assembles the annual bilan (DESIGN §8, structure after seed 001) in this order: cover; key figures; departures;
/// publics reached; professionals; survey outcomes; effets utiles; aid flows; territory coverage; methodology;
/// annex tables.
/// </summary>
public static class BilanBuilder
{
    /// <summary>Section ids in reading order (after the cover).</summary>
    public static readonly IReadOnlyList<string> SectionOrder =
        ["chiffres-cles", "departs", "public", "pros", "enquete", "effets", "flux", "territoire", "methodologie", "annexes"];

    /// <summary>Catalogue sections whose totals feed the key figures page, and how many tiles each gives.</summary>
    private static readonly (string Section, int Tiles)[] KeySections =
        [("departs", 3), ("public", 3), ("pros", 2), ("enquete", 3), ("flux", 2), ("territoire", 1)];

    public static ReportDocument Build(BilanInput input)
    {
        var context = new ReportContext(input);
        var operation = input.Operation;
        var cover = new CoverPage(
            "Bilan de l'opération",
            operation.Name,
            "Édition " + operation.Year + " — départs, publics, aides et effets utiles",
            "Publié le " + FrenchFormat.Date(input.PublicationDate),
            [
                CommuneLine(input),
                "Financeurs : " + string.Join(", ", operation.Funders.Select(f => f.Name)) + ".",
                "Accompagnement : Vacances Ouvertes.",
            ]);
        var sections = new List<ReportSection>
        {
            KeyFigures(context),
            CatalogueSectionBuilder.Build(context, "departs"),
            CatalogueSectionBuilder.Build(context, "public"),
            CatalogueSectionBuilder.Build(context, "pros"),
            SurveySectionBuilder.Build(context),
            EffetsSectionBuilder.Build(context),
            FlowsSectionBuilder.Build(context),
            CatalogueSectionBuilder.Build(context, "territoire"),
            MethodologySectionBuilder.Build(context),
            AnnexSectionBuilder.Build(context),
        };
        return new ReportDocument(
            "Bilan " + operation.Year + " — " + operation.Name,
            operation.Name,
            "Bilan " + operation.Year,
            cover,
            sections);
    }

    private static string CommuneLine(BilanInput input) =>
        input.Communes.Count == 0
            ? "Territoire : " + string.Join(", ", input.Operation.TerritoryDepartements.Select(d => "département " + d)) + "."
            : "Territoire : " + FrenchFormat.Integer(input.Communes.Count) + " communes, " +
              FrenchFormat.Integer(input.Communes.Sum(c => c.Population)) + " habitants.";

    private static ReportSection KeyFigures(ReportContext context)
    {
        var tiles = new List<KeyFigure>();
        foreach (var (section, count) in KeySections)
            tiles.AddRange(context.Catalogue.Section(section)
                .Select(d => (Definition: d, Total: context.Catalogue.Total(d.Id)))
                .Where(x => x.Total is not null)
                .Take(count)
                .Select(x => CatalogueSectionBuilder.Tile(context, x.Definition, x.Total!)));
        var blocks = new List<IReportBlock>
        {
            new Paragraph("Les chiffres clés de l'édition " + context.Input.Operation.Year + ", tels que les calcule le catalogue d'indicateurs de l'opération. Les résultats d'enquête sont pondérés et donnés avec leur intervalle de confiance.", "lead"),
            new KeyFigureTiles(tiles),
        };
        return new ReportSection("chiffres-cles", "Chiffres clés", blocks);
    }
}
