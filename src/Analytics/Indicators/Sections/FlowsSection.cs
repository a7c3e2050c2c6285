using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>Reads the aid lines only, not the shared dossier facts.</summary>
    public bool ReadsOperationFacts => false;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IEnumerable<IndicatorCell> Compute(IndicatorContext context)
    {
        var flows = context.Inputs.Flows;
        var lines = new LineTotals();
        for (var i = 0; i < flows.Lines.Count; i++) lines.Add(flows.Lines[i]);

        var cells = new List<IndicatorCell>();
        cells.AddRange(lines.All.Cells());
        cells.AddRange(lines.Recorded.Cells());
        cells.AddRange(lines.Estimated.Cells());
        cells.Add(Cells.Ratio(CoreIndicators.FluxPartEstimee, Dim.Total, "", lines.Estimated.Total.Sum, lines.All.Total.Sum,
            lines.Estimated.Total.Dossiers, lines.All.Total.Dossiers));

        var alerts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var alert in flows.Alerts) alerts[alert.Code] = alerts.GetValueOrDefault(alert.Code) + 1;
        cells.Add(Cells.Amount(CoreIndicators.FluxAlertes, Dim.Total, "", flows.Alerts.Count, flows.Alerts.Count));
        foreach (var (code, count) in alerts)
            cells.Add(Cells.Amount(CoreIndicators.FluxAlertes, Dim.Alerte, code, count, count));
        return cells;
    }

    /// <summary>
    /// The three money tables filled in one pass over the lines, their categories coded once per line
    /// (<see cref="CategoryCodes"/>). Lines are numbered by run of equal dossier ids, so that a cell compares
    /// strings only when it meets a new run.
    /// </summary>
    private sealed class LineTotals
    {
        private readonly CategoryCodes _funders = new(), _programmes = new(), _dispositifs = new(), _communes = new();
        private int _run;
        private int _hash;
        private string? _dossier;

        public LineTotals()
        {
            All = new Money(CoreIndicators.FluxTotal, _funders, _programmes, _dispositifs, _communes);
            Recorded = new Money(CoreIndicators.FluxEnregistre, _funders, _programmes);
            Estimated = new Money(CoreIndicators.FluxEstime, _funders, _programmes);
        }

        public Money All { get; }
        public Money Recorded { get; }
        public Money Estimated { get; }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(in DossierAidLine line)
        {
            if (_run == 0 || !string.Equals(line.DossierId, _dossier, StringComparison.Ordinal))
            {
                _run++;
                _dossier = line.DossierId;
                _hash = string.GetHashCode(line.DossierId.AsSpan());
            }
            Span<int> codes =
            [
                _funders.CodeOf(line.Funder),
                _programmes.CodeOf(line.Programme),
                _dispositifs.CodeOf(line.Dispositif.Length == 0 ? "inconnu" : line.Dispositif),
                _communes.CodeOf(line.CommuneInsee.Length == 0 ? "inconnue" : line.CommuneInsee),
            ];
            var dossier = new RunDossier(_run, _hash, line.DossierId);
            All.Add(dossier, line.AmountEur, codes);
            (line.Estimated ? Estimated : Recorded).Add(dossier, line.AmountEur, codes[..2]);
        }
    }

    /// <summary>Euros and the distinct dossiers behind them, overall and per category of each dimension.</summary>
    private sealed class Money
    {
        private readonly IndicatorDefinition _definition;
        private readonly CategoryCodes[] _categories;
        private readonly List<Cell>[] _cells;
        private Cell _total;

        /// <param name="categories">The coded categories of each dimension of <paramref name="definition"/>, in its order.</param>
        public Money(IndicatorDefinition definition, params CategoryCodes[] categories)
        {
            _definition = definition;
            _categories = categories;
            _cells = [.. categories.Select(_ => new List<Cell>())];
        }

        public Cell Total => _total;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(in RunDossier dossier, decimal amount, ReadOnlySpan<int> codes)
        {
            _total.Add(dossier, amount);
            for (var d = 0; d < _cells.Length; d++)
            {
                var cells = _cells[d];
                while (cells.Count <= codes[d]) cells.Add(default);
                CollectionsMarshal.AsSpan(cells)[codes[d]].Add(dossier, amount);
            }
        }

        public IEnumerable<IndicatorCell> Cells()
        {
            yield return Indicators.Cells.Amount(_definition, Dim.Total, "", _total.Sum, _total.Dossiers);
            for (var d = 0; d < _cells.Length; d++)
                foreach (var code in _categories[d].InOrdinalOrder())
                    if (code < _cells[d].Count && _cells[d][code].Touched)
                        yield return Indicators.Cells.Amount(_definition, _definition.Dimensions[d], _categories[d][code],
                            _cells[d][code].Sum, _cells[d][code].Dossiers);
        }
    }

    /// <summary>One money cell; the default value is a cell no line reached.</summary>
    private struct Cell
    {
        private int _lastRun;
        private int _lastHash;
        private string? _lastDossier;
        private DecimalSum _sum;
        public long Dossiers;

        public readonly decimal Sum => _sum.Value;

        public readonly bool Touched => _lastRun != 0;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(in RunDossier dossier, decimal amount)
        {
            _sum.Add(amount);
            if (dossier.Run == _lastRun) return;
            _lastRun = dossier.Run;
            // Different hashes are different ids: the id last seen, often long ago, is read only when they agree.
            if (dossier.Hash == _lastHash && string.Equals(dossier.Id, _lastDossier, StringComparison.Ordinal)) return;
            _lastDossier = dossier.Id;
            _lastHash = dossier.Hash;
            Dossiers++;
        }
    }

    /// <summary>The dossier of a line: its run of equal ids (numbered from 1), the id's hash, the id.</summary>
    private readonly record struct RunDossier(int Run, int Hash, string Id);
}
