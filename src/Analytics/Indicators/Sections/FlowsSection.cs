using Vacances.Analytics.Flows;
using Dim = Vacances.Analytics.Indicators.IndicatorDimensions;

namespace Vacances.Analytics.Indicators.Sections;

/// <summary>
/// Section <c>flux</c> (DESIGN §4.4, §5): the aid flows of <see cref="AidFlowReconstruction"/> — all, recorded
/// (exactly Σ <c>aids.csv</c>), estimated — by funder, programme, dispositif and commune, the estimated share and
/// the compliance alerts. The units behind a money cell are the distinct dossiers it funds, counted in one pass:
/// the reconstruction's lines are contiguous per dossier, so a dossier is new to a cell when it differs from the
/// last one the cell saw (no set of ids per cell, memory stays flat at a million dossiers). Recorded amounts are
/// the recorded lines, which hold every grant of <c>aids.csv</c> (F-05), so Σ equals the file to the cent.
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
        var recorded = new Money(CoreIndicators.FluxEnregistre);
        foreach (var line in flows.Lines)
        {
            all.Add(line.DossierId, line.AmountEur, (Dim.Financeur, line.Funder), (Dim.Programme, line.Programme),
                (Dim.Dispositif, line.Dispositif.Length == 0 ? "inconnu" : line.Dispositif),
                (Dim.Commune, line.CommuneInsee.Length == 0 ? "inconnue" : line.CommuneInsee));
            (line.Estimated ? estimated : recorded)
                .Add(line.DossierId, line.AmountEur, (Dim.Financeur, line.Funder), (Dim.Programme, line.Programme));
        }

        var cells = new List<IndicatorCell>();
        cells.AddRange(all.Cells());
        cells.AddRange(recorded.Cells());
        cells.AddRange(estimated.Cells());
        cells.Add(Cells.Ratio(CoreIndicators.FluxPartEstimee, Dim.Total, "", estimated.Total.Sum, all.Total.Sum,
            estimated.Total.Dossiers, all.Total.Dossiers));

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
        // Hashed while adding (millions of lines), ordered once when the cells are emitted.
        private readonly Dictionary<string, Dictionary<string, Cell>> _byDimension =
            definition.Dimensions.ToDictionary(d => d, _ => new Dictionary<string, Cell>(StringComparer.Ordinal), StringComparer.Ordinal);

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
            yield return Indicators.Cells.Amount(definition, Dim.Total, "", Total.Sum, Total.Dossiers);
            foreach (var dimension in definition.Dimensions)
                foreach (var (category, cell) in _byDimension[dimension].OrderBy(kv => kv.Key, StringComparer.Ordinal))
                    yield return Indicators.Cells.Amount(definition, dimension, category, cell.Sum, cell.Dossiers);
        }
    }

    private sealed class Cell
    {
        private string? _lastDossier;
        public decimal Sum;
        public long Dossiers;

        public void Add(string dossierId, decimal amount)
        {
            Sum += amount;
            if (string.Equals(dossierId, _lastDossier, StringComparison.Ordinal)) return;
            _lastDossier = dossierId;
            Dossiers++;
        }
    }
}
