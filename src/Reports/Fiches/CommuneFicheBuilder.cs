using Vacances.Analytics.Indicators;
using Vacances.Reports.Bilan;
using Vacances.Reports.Catalogue;
using Vacances.Reports.Charts;
using Vacances.Reports.Components;
using Vacances.Reports.Formatting;
using Vacances.Reports.Input;
using Vacances.Reports.Model;

namespace Vacances.Reports.Fiches;

/// <summary>
/// The per-commune fiche (DESIGN §8), one A4 sheet printed recto-verso: on the recto the commune's departures, publics
/// and coverage next to the whole operation's; on the verso the aids its residents received by dispositif and by
/// funder, and where the commune stands on coverage. Built from the catalogue's <c>commune</c> cells and the aid flows.
/// </summary>
public static class CommuneFicheBuilder
{
    private static readonly string[] Sections = ["departs", "public", "pros", "territoire", "enquete", "effets", "flux"];

    /// <summary>Communes with departures: a <c>departs</c> indicator has a non-zero commune cell (or, without one, an aid flow).</summary>
    public static IReadOnlyList<CommuneInfo> CommunesWithDepartures(ReportContext context)
    {
        var fromCatalogue = context.Catalogue.Section("departs")
            .SelectMany(d => DimensionCells(context, d))
            .Where(v => v.Numerator > 0)
            .Select(v => v.Category)
            .ToHashSet(StringComparer.Ordinal);
        if (fromCatalogue.Count == 0)
            fromCatalogue = context.Input.Flows.Select(f => f.CommuneInsee).ToHashSet(StringComparer.Ordinal);
        var known = context.Input.Communes.ToDictionary(c => c.Insee, StringComparer.Ordinal);
        return fromCatalogue
            .Order(StringComparer.Ordinal)
            .Select(insee => known.TryGetValue(insee, out var c) ? c : new CommuneInfo(insee, insee, 0))
            .ToList();
    }

    public static ReportDocument Build(ReportContext context, CommuneInfo commune)
    {
        var operation = context.Input.Operation;
        var rows = Sections
            .SelectMany(s => context.Catalogue.Section(s))
            .Select(d => (Definition: d, Cell: CommuneCell(context, d, commune.Insee), Total: context.Catalogue.Total(d.Id)))
            .Where(x => x.Cell is not null)
            .ToList();
        var recto = new List<IReportBlock>
        {
            new Paragraph($"Édition {operation.Year} de l'opération « {operation.Name} » : ce que l'opération a représenté pour les habitants de {commune.Name}" +
                          (commune.Population > 0 ? $" ({FrenchFormat.Integer(commune.Population)} habitants, code commune {commune.Insee})." : $" (code commune {commune.Insee})."), "lead"),
            new KeyFigureTiles(rows.Take(6).Select(x => new KeyFigure(
                x.Definition.Label,
                IndicatorDisplay.Text(x.Definition, x.Cell!),
                x.Total is null ? IndicatorDisplay.Fraction(x.Cell!) : "Ensemble de l'opération : " + IndicatorDisplay.Text(x.Definition, x.Total),
                x.Definition.Id,
                x.Cell!.Suppressed ? null : x.Cell.Value)).ToList()),
            new DataTable("La commune et l'ensemble de l'opération",
                [new("Indicateur", false), new(commune.Name, true), new("Ensemble", true)],
                [.. rows.Select(x => (IReadOnlyList<TableCell>)[
                    new TableCell(x.Definition.Label), IndicatorDisplay.Cell(x.Definition, x.Cell), IndicatorDisplay.Cell(x.Definition, x.Total),
                ])],
                "Source : catalogue d'indicateurs, ventilation par commune de résidence." +
                (rows.Any(r => r.Cell!.Suppressed) ? " " + SuppressionLegend.Text(operation.SmallCellThreshold) : string.Empty)),
            new PageBreak(),
        };
        var verso = new List<IReportBlock> { new SubHeading("Les aides reçues par les habitants") };
        var flows = context.Input.Flows.Where(f => f.CommuneInsee == commune.Insee).ToList();
        if (flows.Count > 0)
        {
            var byDispositif = FlowSummary.By(flows, f => f.Dispositif);
            verso.Add(new ChartFigure("Aides par dispositif",
                BarChart.Horizontal("fiche-" + commune.Insee + "-dispositif",
                    [.. byDispositif.Select(x => new ChartBar(CategoryLabels.Dispositif(x.Key), (double)x.Amount, FrenchFormat.EurosCompact(x.Amount)))],
                    "Montant des aides (€)", v => FrenchFormat.EurosCompact((decimal)v)),
                "Source : reconstitution des flux d'aides (montants enregistrés et estimés).",
                "Aides reçues par les habitants de " + commune.Name + " par dispositif : " +
                string.Join(" ; ", byDispositif.Select(x => CategoryLabels.Dispositif(x.Key) + " " + FrenchFormat.EurosCompact(x.Amount))) + "."));
            var total = flows.Sum(f => f.AmountEur);
            verso.Add(new DataTable("Aides par financeur",
                [new("Financeur", false), new("Montant", true), new("Part", true)],
                [
                    .. FlowSummary.By(flows, f => f.Funder).Select(x => (IReadOnlyList<TableCell>)[
                        new TableCell(context.Labels.Funder(x.Key)), new TableCell(FrenchFormat.Euros(x.Amount)),
                        new TableCell(FrenchFormat.Percent(total == 0 ? 0 : x.Amount / total * 100m)),
                    ]),
                    [new TableCell("Ensemble", Strong: true), new TableCell(FrenchFormat.Euros(total), Strong: true), new TableCell(FrenchFormat.Percent(100), Strong: true)],
                ],
                "Source : reconstitution des flux d'aides."));
        }
        else verso.Add(new Paragraph("Aucune aide n'est enregistrée ni estimée pour les habitants de la commune."));
        verso.AddRange(Coverage(context, commune));
        return new ReportDocument(
            "Fiche communale — " + commune.Name + " — " + operation.Name,
            operation.Name,
            "Fiche communale " + operation.Year,
            null,
            [new ReportSection("fiche-" + commune.Insee, commune.Name, [.. recto, .. verso])]);
    }

    private static IEnumerable<IReportBlock> Coverage(ReportContext context, CommuneInfo commune)
    {
        foreach (var definition in context.Catalogue.Section("territoire"))
        {
            var cells = DimensionCells(context, definition).Where(v => !v.Suppressed && v.Value is not null).OrderByDescending(v => v.Value).ThenBy(v => v.Category, StringComparer.Ordinal).ToList();
            var index = cells.FindIndex(v => v.Category == commune.Insee);
            if (index < 0) continue;
            yield return new SubHeading("La couverture du territoire");
            yield return new Paragraph($"{definition.Label} : {IndicatorDisplay.Text(definition, cells[index])} à {commune.Name}, " +
                                       $"au {FrenchFormat.Integer(index + 1)}{(index == 0 ? "er" : "e")} rang des {FrenchFormat.Integer(cells.Count)} communes de l'opération" +
                                       (context.Catalogue.Total(definition.Id) is { } total ? $" (ensemble : {IndicatorDisplay.Text(definition, total)})." : "."));
        }
    }

    private static IndicatorValue? CommuneCell(ReportContext context, IndicatorDefinition definition, string insee) =>
        context.Catalogue.Dimensions(definition.Id).Where(DimensionKind.IsCommune)
            .Select(d => context.Catalogue.Cell(definition.Id, d, insee)).FirstOrDefault(v => v is not null);

    private static IEnumerable<IndicatorValue> DimensionCells(ReportContext context, IndicatorDefinition definition) =>
        context.Catalogue.Dimensions(definition.Id).Where(DimensionKind.IsCommune).SelectMany(d => context.Catalogue.ByDimension(definition.Id, d));
}
