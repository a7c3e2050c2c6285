using Vacances.Analytics.Flows;
using Dim = Vacances.Analytics.Indicators.IndicatorDimensions;

namespace Vacances.Analytics.Indicators.Sections;

/// <summary>
/// Section <c>flux</c> (DESIGN §4.4, §5): the aid flows of <see cref="AidFlowReconstruction"/> — all, recorded
/// (exactly Σ <c>aids.csv</c>), estimated — by funder, programme, dispositif and commune, the estimated share and
/// the compliance alerts. The units behind a money cell are the distinct dossiers it funds.
/// </summary>
public sealed class FlowsSection : IIndicatorSection
{
    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        CoreIndicators.FluxTotal, CoreIndicators.FluxEnregistre, CoreIndicators.FluxEstime,
        CoreIndicators.FluxPartEstimee, CoreIndicators.FluxAlertes,
    ];

    public IEnumerable<IndicatorCell> Compute(IndicatorContext context)
    {
        var flows = context.Inputs.Flows;
        var all = new Money(CoreIndicators.FluxTotal);
        var estimated = new Money(CoreIndicators.FluxEstime);
        foreach (var line in flows.Lines)
        {
            all.Add(line.DossierId, line.AmountEur, (Dim.Financeur, line.Funder), (Dim.Programme, line.Programme),
                (Dim.Dispositif, line.Dispositif.Length == 0 ? "inconnu" : line.Dispositif),
                (Dim.Commune, line.CommuneInsee.Length == 0 ? "inconnue" : line.CommuneInsee));
            if (line.Estimated)
                estimated.Add(line.DossierId, line.AmountEur, (Dim.Financeur, line.Funder), (Dim.Programme, line.Programme));
        }
        var recorded = new Money(CoreIndicators.FluxEnregistre);
        foreach (var aid in context.Inputs.Data.Aids)
        {
            var funder = string.IsNullOrWhiteSpace(aid.Funder) ? ProgrammeIds.FunderOf(aid.Programme) : aid.Funder;
            recorded.Add(aid.DossierId, aid.AmountEur, (Dim.Financeur, funder), (Dim.Programme, aid.Programme));
        }

        var cells = new List<IndicatorCell>();
        cells.AddRange(all.Cells());
        cells.AddRange(recorded.Cells());
        cells.AddRange(estimated.Cells());
        cells.Add(Cells.Ratio(CoreIndicators.FluxPartEstimee, Dim.Total, "", estimated.Total.Sum, all.Total.Sum,
            estimated.Total.Dossiers.Count, all.Total.Dossiers.Count));

        var alerts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var alert in flows.Alerts) alerts[alert.Code] = alerts.GetValueOrDefault(alert.Code) + 1;
        cells.Add(Cells.Amount(CoreIndicators.FluxAlertes, Dim.Total, "", flows.Alerts.Count, flows.Alerts.Count));
        foreach (var (code, count) in alerts)
            cells.Add(Cells.Amount(CoreIndicators.FluxAlertes, Dim.Alerte, code, count, count));
        return cells;
    }

    /// <summary>Euros and the distinct dossiers behind them, overall and per category of each dimension.</summary>
    private sealed class Money(IndicatorDefinition definition)
    {
        private readonly Dictionary<string, SortedDictionary<string, Cell>> _byDimension =
            definition.Dimensions.ToDictionary(d => d, _ => new SortedDictionary<string, Cell>(StringComparer.Ordinal), StringComparer.Ordinal);

        public Cell Total { get; } = new();

        public void Add(string dossierId, decimal amount, params ReadOnlySpan<(string Dimension, string Category)> categories)
        {
            Total.Add(dossierId, amount);
            foreach (var (dimension, category) in categories)
            {
                var cells = _byDimension[dimension];
                if (!cells.TryGetValue(category, out var cell)) cells[category] = cell = new Cell();
                cell.Add(dossierId, amount);
            }
        }

        public IEnumerable<IndicatorCell> Cells()
        {
            yield return Indicators.Cells.Amount(definition, Dim.Total, "", Total.Sum, Total.Dossiers.Count);
            foreach (var dimension in definition.Dimensions)
                foreach (var (category, cell) in _byDimension[dimension])
                    yield return Indicators.Cells.Amount(definition, dimension, category, cell.Sum, cell.Dossiers.Count);
        }
    }

    private sealed class Cell
    {
        public decimal Sum;
        public HashSet<string> Dossiers { get; } = new(StringComparer.Ordinal);

        public void Add(string dossierId, decimal amount)
        {
            Sum += amount;
            Dossiers.Add(dossierId);
        }
    }
}
