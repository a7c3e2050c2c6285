using Vacances.Ingest.Model;
using Vacances.Reports.Bilan;
using Vacances.Reports.Catalogue;
using Vacances.Reports.Charts;
using Vacances.Reports.Components;
using Vacances.Reports.Formatting;
using Vacances.Reports.Model;
using Vacances.Reports.Output;

namespace Vacances.Reports.Funders;

/// <summary>
/// The per-funder report (DESIGN §8): what this funder financed — its aid flows by programme, commune and dispositif —
/// and what the catalogue says of the beneficiaries of the dispositifs it financed (departures, publics, survey
/// outcomes with their intervals). Reuses the bilan's components.
/// </summary>
public static class FunderReportBuilder
{
    /// <summary>Funders with at least one aid flow, in the operation's order, then any other funder code met in the flows.</summary>
    public static IReadOnlyList<FunderInfo> FundersWithFlows(ReportContext context)
    {
        var codes = context.Input.Flows.Select(f => f.Funder).ToHashSet(StringComparer.Ordinal);
        var declared = context.Input.Operation.Funders.Where(f => codes.Contains(f.Code)).ToList();
        var others = codes.Where(c => declared.All(f => f.Code != c)).Order(StringComparer.Ordinal)
            .Select(c => new FunderInfo(c, context.Labels.Funder(c), "autre"));
        return [.. declared, .. others];
    }

    public static ReportDocument Build(ReportContext context, FunderInfo funder)
    {
        var operation = context.Input.Operation;
        var flows = context.Input.Flows.Where(f => f.Funder == funder.Code).ToList();
        var total = flows.Sum(f => f.AmountEur);
        var operationTotal = context.Input.Flows.Sum(f => f.AmountEur);
        var dispositifs = FlowSummary.By(flows, f => f.Dispositif);
        var communes = FlowSummary.By(flows, f => f.CommuneInsee);
        var financed = new List<IReportBlock>
        {
            new Paragraph($"Ce rapport présente ce que {funder.Name} a financé dans l'édition {operation.Year} de l'opération « {operation.Name} », puis ce que l'on sait des bénéficiaires des dispositifs concernés.", "lead"),
            new KeyFigureTiles([
                new KeyFigure("Aides financées", FrenchFormat.EurosCompact(total), FrenchFormat.Euros(total), null, null),
                new KeyFigure("Part des aides de l'opération", FrenchFormat.Percent(operationTotal == 0 ? 0 : total / operationTotal * 100m, 1), "sur " + FrenchFormat.EurosCompact(operationTotal), null, null),
                new KeyFigure("Aides enregistrées", FrenchFormat.EurosCompact(flows.Where(f => !f.Estimated).Sum(f => f.AmountEur)),
                    "estimées : " + FrenchFormat.EurosCompact(flows.Where(f => f.Estimated).Sum(f => f.AmountEur)), null, null),
                new KeyFigure("Communes concernées", FrenchFormat.Integer(communes.Count), "communes de résidence des bénéficiaires", null, null),
                new KeyFigure("Dispositifs financés", FrenchFormat.Integer(dispositifs.Count), string.Join(", ", dispositifs.Select(d => CategoryLabels.Dispositif(d.Key))), null, null),
            ]),
            FlowSummary.FunderProgrammeTable(flows, context.Labels, "Aides par programme"),
            Chart("financeur-" + FileKey(funder.Code) + "-dispositif", "Aides par dispositif", dispositifs.Select(d => (CategoryLabels.Dispositif(d.Key), d.Amount)).ToList(), funder.Name),
            Chart("financeur-" + FileKey(funder.Code) + "-commune", "Aides par commune de résidence", communes.Select(c => (context.Labels.Commune(c.Key), c.Amount)).ToList(), funder.Name),
        };
        var sections = new List<ReportSection> { new("finance", "Ce que " + funder.Name + " a financé", financed) };
        var beneficiaries = Beneficiaries(context, dispositifs.Select(d => d.Key).ToList());
        if (beneficiaries.Count > 0) sections.Add(new ReportSection("beneficiaires", "Les bénéficiaires", beneficiaries));
        return new ReportDocument(
            "Rapport financeur — " + funder.Name + " — " + operation.Name,
            operation.Name,
            "Rapport financeur " + operation.Year + " — " + funder.Name,
            null,
            sections);
    }

    /// <summary>A file-system friendly form of a funder code (<c>commune:62065</c> → <c>commune-62065</c>).</summary>
    public static string FileKey(string code) => Slug.Of(code.Replace(':', '-'));

    private static ChartFigure Chart(string key, string title, IReadOnlyList<(string Label, decimal Amount)> amounts, string funderName) =>
        new(title,
            BarChart.Horizontal(key, [.. amounts.Select(a => new ChartBar(a.Label, (double)a.Amount, FrenchFormat.EurosCompact(a.Amount)))],
                "Montant des aides (€)", v => FrenchFormat.EurosCompact((decimal)v)),
            "Source : reconstitution des flux d'aides (montants enregistrés et estimés) de " + funderName + ".",
            title + " : " + string.Join(" ; ", amounts.Select(a => a.Label + " " + FrenchFormat.EurosCompact(a.Amount))) + ".");

    private static List<IReportBlock> Beneficiaries(ReportContext context, IReadOnlyList<string> dispositifs)
    {
        var blocks = new List<IReportBlock>();
        var definitions = new[] { "departs", "public", "enquete" }.SelectMany(s => context.Catalogue.Section(s))
            .Where(d => dispositifs.Any(k => context.Catalogue.Cell(d.Id, "dispositif", k) is not null))
            .ToList();
        if (definitions.Count > 0)
        {
            blocks.Add(new Paragraph("Les indicateurs ci-dessous portent sur l'ensemble des bénéficiaires des dispositifs que ce financeur a soutenus, tous financements confondus."));
            blocks.Add(new DataTable("Bénéficiaires par dispositif",
                [new("Dispositif", false), .. definitions.Select(d => new TableColumn(d.Label, true))],
                [.. dispositifs.Select(k => (IReadOnlyList<TableCell>)[
                    new TableCell(CategoryLabels.Dispositif(k)), .. definitions.Select(d => IndicatorDisplay.Cell(d, context.Catalogue.Cell(d.Id, "dispositif", k))),
                ])],
                "Source : catalogue d'indicateurs, ventilation par dispositif." +
                (definitions.Any(d => dispositifs.Any(k => context.Catalogue.Cell(d.Id, "dispositif", k)?.Suppressed == true))
                    ? " " + SuppressionLegend.Text(context.Input.Operation.SmallCellThreshold) : string.Empty)));
        }
        var survey = SurveyBlocks.ConfidenceFigure(context, context.Catalogue.Section("enquete"), "financeur-enquete");
        if (survey.Count > 0)
        {
            blocks.Add(new SubHeading("Ce que disent les partants"));
            blocks.Add(new Paragraph("Résultats pondérés de l'enquête auprès de l'ensemble des partants de l'opération, avec leurs intervalles de confiance."));
            blocks.AddRange(survey);
        }
        return blocks;
    }
}
