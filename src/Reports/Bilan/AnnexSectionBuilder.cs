using Vacances.Reports.Catalogue;
using Vacances.Reports.Components;
using Vacances.Reports.Formatting;
using Vacances.Reports.Model;

namespace Vacances.Reports.Bilan;

/// <summary>
/// Annex tables: the catalogue's definitions (DHIS2-style numerator / denominator / factor, source fields, seed
/// reference), every published value with its numerator and denominator, and the aid flows by commune.
/// </summary>
public static class AnnexSectionBuilder
{
    public static ReportSection Build(ReportContext context)
    {
        var catalogue = context.Catalogue;
        var blocks = new List<IReportBlock>
        {
            new Paragraph("Toutes les valeurs citées dans le bilan figurent ci-dessous avec leur numérateur et leur dénominateur.", "lead"),
            new SubHeading("Définitions des indicateurs"),
            new DataTable("Catalogue des indicateurs",
                [new("Indicateur", false), new("Numérateur", false), new("Dénominateur", false), new("Facteur", true), new("Sources", false)],
                [.. catalogue.Definitions.Select(d => (IReadOnlyList<TableCell>)[
                    new TableCell(d.Label + " (" + d.Id + ")"), new TableCell(d.Numerator), new TableCell(d.Denominator ?? "—"),
                    new TableCell(FrenchFormat.Compact(d.Factor, 0)), new TableCell(string.Join(", ", d.SourceFields) + (d.SeedReference.Length > 0 ? " — " + d.SeedReference : string.Empty)),
                ])]),
            new SubHeading("Valeurs publiées"),
        };
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var definition in catalogue.Definitions)
            foreach (var value in catalogue.AllValues().Where(v => v.IndicatorId == definition.Id))
                rows.Add([
                    new TableCell(definition.Id),
                    new TableCell(value.Dimension == "total" ? "ensemble" : CategoryLabels.Dimension(value.Dimension) + " : " + context.Labels.Category(value.Dimension, value.Category)),
                    value.Suppressed ? TableCell.Hidden : new TableCell(FrenchFormat.Compact(value.Numerator, 2)),
                    value.Suppressed ? TableCell.Hidden : new TableCell(value.Denominator is { } d ? FrenchFormat.Compact(d, 2) : "—"),
                    IndicatorDisplay.Cell(definition, value),
                ]);
        blocks.Add(new DataTable("Valeurs du catalogue", [new("Indicateur", false), new("Ventilation", false), new("Numérateur", true), new("Dénominateur", true), new("Valeur", true)],
            rows, SuppressionLegend.Text(context.Input.Operation.SmallCellThreshold)));
        if (context.Input.Flows.Count > 0)
        {
            blocks.Add(new SubHeading("Aides par commune"));
            var flows = context.Input.Flows;
            blocks.Add(new DataTable("Montants des aides par commune de résidence",
                [new("Commune", false), new("Enregistré", true), new("Estimé", true), new("Total", true)],
                [.. FlowSummary.By(flows, f => f.CommuneInsee).OrderBy(x => context.Labels.Commune(x.Key), StringComparer.Ordinal).Select(x => (IReadOnlyList<TableCell>)[
                    new TableCell(context.Labels.Commune(x.Key)),
                    new TableCell(FrenchFormat.Euros(flows.Where(f => f.CommuneInsee == x.Key && !f.Estimated).Sum(f => f.AmountEur))),
                    new TableCell(FrenchFormat.Euros(flows.Where(f => f.CommuneInsee == x.Key && f.Estimated).Sum(f => f.AmountEur))),
                    new TableCell(FrenchFormat.Euros(x.Amount)),
                ])]));
        }
        return new ReportSection("annexes", "Annexes", blocks);
    }
}
