using Vacances.Analytics.Indicators;
using Vacances.Reports.Catalogue;
using Vacances.Reports.Charts;
using Vacances.Reports.Components;
using Vacances.Reports.Formatting;
using Vacances.Reports.Model;

namespace Vacances.Reports.Bilan;

/// <summary>
/// Builds a data-driven section (departures, publics, professionals, territory): the totals of the section's
/// indicators as tiles; then, for every dimension they are published along, a chart of the first indicator that has it
/// and a table of all of them. Survey-based indicators of the section get their confidence intervals.
/// </summary>
public static class CatalogueSectionBuilder
{
    public static ReportSection Build(ReportContext context, string section, string keyPrefix = "")
    {
        var definitions = context.Catalogue.Section(section);
        var blocks = new List<IReportBlock> { new Paragraph(SectionTexts.Introduction(section), "lead") };
        var tiles = definitions
            .Select(d => (Definition: d, Total: context.Catalogue.Total(d.Id)))
            .Where(t => t.Total is not null)
            .Select(t => Tile(context, t.Definition, t.Total!))
            .ToList();
        if (tiles.Count > 0) blocks.Add(new KeyFigureTiles(tiles));
        blocks.AddRange(SurveyBlocks.ConfidenceFigure(context, definitions, keyPrefix + section));

        var dimensions = definitions.SelectMany(d => context.Catalogue.Dimensions(d.Id)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var dimension in dimensions)
        {
            var members = definitions.Where(d => context.Catalogue.ByDimension(d.Id, dimension).Count > 0).ToList();
            var dimensionName = CategoryLabels.Dimension(dimension);
            blocks.Add(new SubHeading("Par " + dimensionName));
            var primary = members.FirstOrDefault(d => context.Catalogue.ByDimension(d.Id, dimension).Any(v => !v.Suppressed && v.Value is not null));
            var categories = OrderedCategories(context, members, primary, dimension);
            if (primary is not null)
                blocks.Add(DimensionChart(context, primary, dimension, categories, $"{keyPrefix}{section}-{dimension}"));
            blocks.Add(DimensionTable(context, members, dimension, categories, section == "territoire"));
        }
        return new ReportSection(section, SectionTexts.Title(section), blocks);
    }

    /// <summary>A tile for an indicator's total; survey-based ones show their interval and n.</summary>
    public static KeyFigure Tile(ReportContext context, IndicatorDefinition definition, IndicatorValue total)
    {
        var detail = IndicatorDisplay.Fraction(total);
        if (context.OutcomeFor(definition.Id) is { } outcome)
            detail = SurveyBlocks.IntervalText(outcome.Estimate) + ", n = " + FrenchFormat.Integer(outcome.Estimate.N);
        return new KeyFigure(definition.Label, IndicatorDisplay.Text(definition, total), detail, definition.Id, total.Suppressed ? null : total.Value);
    }

    /// <summary>
    /// Categories of a dimension in display order: catalogue order for ordered bands and months, else by decreasing
    /// value of the primary indicator (then by label), suppressed cells last.
    /// </summary>
    public static IReadOnlyList<string> OrderedCategories(ReportContext context, IReadOnlyList<IndicatorDefinition> members, IndicatorDefinition? primary, string dimension)
    {
        var all = members.SelectMany(d => context.Catalogue.ByDimension(d.Id, dimension)).Select(v => v.Category).Distinct(StringComparer.Ordinal).ToList();
        if (DimensionKind.IsMonth(dimension)) return all.OrderBy(c => c, StringComparer.Ordinal).ToList();
        if (DimensionKind.IsOrdinal(dimension) || primary is null) return all;
        return all
            .Select(c => (Category: c, Cell: context.Catalogue.Cell(primary.Id, dimension, c)))
            .OrderBy(x => x.Cell is null || x.Cell.Suppressed ? 1 : 0)
            .ThenByDescending(x => x.Cell?.Value ?? 0)
            .ThenBy(x => context.Labels.Category(dimension, x.Category), StringComparer.Ordinal)
            .Select(x => x.Category)
            .ToList();
    }

    private static ChartFigure DimensionChart(ReportContext context, IndicatorDefinition primary, string dimension, IReadOnlyList<string> categories, string key)
    {
        var bars = new List<ChartBar>();
        var hidden = 0;
        foreach (var category in categories)
        {
            var cell = context.Catalogue.Cell(primary.Id, dimension, category);
            if (cell is null || cell.Suppressed || cell.Value is null) { hidden++; continue; }
            bars.Add(new ChartBar(context.Labels.Category(dimension, category), IndicatorDisplay.ChartValue(cell), IndicatorDisplay.Text(primary, cell)));
        }
        var months = DimensionKind.IsMonth(dimension);
        if (months && bars.Count > 0 && bars.All(b => b.Label.EndsWith(bars[0].Label[^4..], StringComparison.Ordinal)))
            bars = bars.Select(b => b with { Label = b.Label[..^5] }).ToList();
        var svg = months
            ? BarChart.Vertical(key, bars, IndicatorDisplay.AxisLabel(primary), IndicatorDisplay.TickFormat(primary))
            : BarChart.Horizontal(key, bars, IndicatorDisplay.AxisLabel(primary), IndicatorDisplay.TickFormat(primary));
        var dimensionName = CategoryLabels.Dimension(dimension);
        var caption = "Source : catalogue d'indicateurs, " + primary.Id + "." +
                      (hidden > 0 ? $" {FrenchFormat.Integer(hidden)} catégorie(s) masquée(s) par le secret statistique." : string.Empty);
        var alt = TitleBy(primary.Label, dimensionName) + " : " +
                  string.Join(" ; ", bars.Select(b => b.Label + " " + b.ValueLabel)) + ".";
        return new ChartFigure(TitleBy(primary.Label, dimensionName), svg, caption, alt);
    }

    private static string Note(ReportContext context, IReadOnlyList<IndicatorDefinition> members, bool anySuppressed) =>
        "Source : catalogue d'indicateurs (" + string.Join(", ", members.Select(m => m.Id)) + ")." +
        (anySuppressed ? " " + SuppressionLegend.Text(context.Input.Operation.SmallCellThreshold) : string.Empty);

    /// <summary>« Dossiers de départ par commune », unless the label already says « par … ».</summary>
    private static string TitleBy(string label, string dimensionName) =>
        label.Contains(" par ", StringComparison.Ordinal) ? label : label + " par " + dimensionName;

    private static DataTable DimensionTable(ReportContext context, IReadOnlyList<IndicatorDefinition> members, string dimension, IReadOnlyList<string> categories, bool withPopulation)
    {
        var isCommune = DimensionKind.IsCommune(dimension);
        var population = withPopulation && isCommune
            ? context.Input.Communes.ToDictionary(c => c.Insee, c => c.Population, StringComparer.Ordinal)
            : null;
        var columns = new List<TableColumn> { new(CategoryLabels.Humanise(CategoryLabels.Dimension(dimension)), false) };
        if (population is not null) columns.Add(new TableColumn("Population", true));
        columns.AddRange(members.Select(d => new TableColumn(d.Label, true)));
        var rows = new List<IReadOnlyList<TableCell>>();
        var anySuppressed = false;
        foreach (var category in categories)
        {
            var row = new List<TableCell> { new(context.Labels.Category(dimension, category)) };
            if (population is not null)
                row.Add(new TableCell(population.TryGetValue(category, out var p) ? FrenchFormat.Integer(p) : "—"));
            foreach (var definition in members)
            {
                var cell = context.Catalogue.Cell(definition.Id, dimension, category);
                anySuppressed |= cell?.Suppressed == true;
                row.Add(IndicatorDisplay.Cell(definition, cell));
            }
            rows.Add(row);
        }
        if (members.All(d => context.Catalogue.Total(d.Id) is null))
            return new DataTable("Détail par " + CategoryLabels.Dimension(dimension), columns, rows, Note(context, members, anySuppressed));
        var totalRow = new List<TableCell> { new("Ensemble", Strong: true) };
        if (population is not null)
            totalRow.Add(new TableCell(FrenchFormat.Integer(categories.Sum(c => population.GetValueOrDefault(c))), Strong: true));
        totalRow.AddRange(members.Select(d => IndicatorDisplay.Cell(d, context.Catalogue.Total(d.Id), strong: true)));
        rows.Add(totalRow);
        return new DataTable("Détail par " + CategoryLabels.Dimension(dimension), columns, rows, Note(context, members, anySuppressed));
    }
}
