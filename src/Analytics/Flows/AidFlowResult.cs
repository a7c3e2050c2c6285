namespace Vacances.Analytics.Flows;

/// <summary>The aid-flow reconstruction of one operation (DESIGN §4.4).</summary>
/// <param name="Lines">Every aid of every dossier, recorded or estimated, in dossier-file then stacking order.</param>
/// <param name="Flows">The lines aggregated by funder, programme, commune, dispositif and estimated flag, in that
/// (ordinal) order: the rows of <c>vacances flows</c>.</param>
/// <param name="Alerts">Compliance alerts on the recorded grants, ordered by dossier, kind, programme, participant.</param>
public sealed record AidFlowResult(
    IReadOnlyList<DossierAidLine> Lines,
    IReadOnlyList<AidFlow> Flows,
    IReadOnlyList<ComplianceAlert> Alerts,
    SankeyDiagram Sankey,
    FlowTotals Totals);
