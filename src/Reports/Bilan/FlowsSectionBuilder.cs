using Vacances.Reports.Components;
using Vacances.Reports.Formatting;
using Vacances.Reports.Model;

namespace Vacances.Reports.Bilan;

/// <summary>
/// « Les flux d'aides » (DESIGN §4.4): the catalogue's <c>flux</c> totals and the count of compliance alerts as tiles, the
/// Sankey diagram, the table by funder and programme, then whatever dimensions the catalogue publishes.
/// </summary>
public static class FlowsSectionBuilder
{
    public static ReportSection Build(ReportContext context)
    {
        var generic = CatalogueSectionBuilder.Build(context, "flux");
        var flows = context.Input.Flows;
        var alerts = context.Input.ComplianceAlerts;
        var blocks = new List<IReportBlock> { generic.Blocks[0] };
        var tiles = generic.Blocks.OfType<KeyFigureTiles>().FirstOrDefault()?.Figures ?? [];
        blocks.Add(new KeyFigureTiles([.. tiles, new KeyFigure("Alertes de conformité", FrenchFormat.Integer(alerts),
            "aides enregistrées au-dessus du plafond calculé", null, null)]));
        if (flows.Count > 0)
        {
            blocks.Add(FlowSummary.Sankey(flows, context.Labels, "flux-sankey"));
            blocks.Add(FlowSummary.FunderProgrammeTable(flows, context.Labels, "Aides par financeur et par programme"));
        }
        blocks.Add(new Paragraph(alerts == 0
            ? "Aucune aide enregistrée ne dépasse le plafond que les règles du programme permettent de calculer."
            : $"{FrenchFormat.Integer(alerts)} aide(s) enregistrée(s) dépassent le plafond calculé par les règles du programme : elles sont signalées dans le rapport de conformité pour vérification auprès des financeurs."));
        blocks.AddRange(generic.Blocks.Skip(1).Where(b => b is not KeyFigureTiles));
        return generic with { Blocks = blocks };
    }
}
