namespace Vacances.Analytics.Indicators;

/// <summary>
/// Small-cell suppression for what funders and researchers see (DESIGN §10; threshold
/// <see cref="Ingest.Model.OperationConfig.SmallCellThreshold"/>, 11 by default).
/// <para>Primary: a cell is hidden when the people (dossiers, professionals) behind its numerator or its denominator
/// number between 1 and threshold − 1. A zero is published: it describes nobody.</para>
/// <para>Secondary: the categories of one dimension add up to the indicator's <c>total</c> (numerators and
/// denominators alike). When the total can be known — published, or equal to the sum of another dimension whose
/// cells are all published — a dimension with exactly one hidden cell would give it away by subtraction, so the
/// next smallest cell of that dimension is hidden too (people behind it, then category; non-empty cells first).
/// A dimension with a single hidden cell and nothing else to hide gets the total hidden instead, and then the other
/// dimensions that would still give the total lose their two smallest cells. Repeated until nothing changes.</para>
/// Hidden cells keep their place, with <see cref="IndicatorValue.Suppressed"/> true and no numerator, denominator
/// or value (numerator 0, denominator and value null): readers must show them as hidden, never as zero.
/// </summary>
public static class DisclosureControl
{
    public static IReadOnlyList<IndicatorValue> Apply(IReadOnlyList<IndicatorCell> cells, int threshold)
    {
        var hidden = new bool[cells.Count];
        for (var i = 0; i < cells.Count; i++)
            hidden[i] = IsSmall(cells[i].NumeratorUnits, threshold)
                || (cells[i].DenominatorUnits is { } d && IsSmall(d, threshold));

        foreach (var indicator in IndicatorGroups(cells))
            SuppressSecondary(cells, hidden, indicator);

        var result = new IndicatorValue[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            var v = cells[i].Value;
            result[i] = hidden[i] ? v with { Numerator = 0m, Denominator = null, Value = null, Suppressed = true } : v;
        }
        return result;
    }

    private static bool IsSmall(long units, int threshold) => units > 0 && units < threshold;

    /// <summary>Per indicator: the index of its total cell (-1 if none) and its dimensions' cell indices.</summary>
    private static IEnumerable<(int Total, List<List<int>> Dimensions)> IndicatorGroups(IReadOnlyList<IndicatorCell> cells)
    {
        var byIndicator = new Dictionary<string, (int Total, Dictionary<string, List<int>> Dimensions)>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            var v = cells[i].Value;
            if (!byIndicator.TryGetValue(v.IndicatorId, out var group))
                byIndicator[v.IndicatorId] = group = (-1, new Dictionary<string, List<int>>(StringComparer.Ordinal));
            if (v.Dimension == IndicatorDimensions.Total) { byIndicator[v.IndicatorId] = (i, group.Dimensions); continue; }
            if (!group.Dimensions.TryGetValue(v.Dimension, out var list)) group.Dimensions[v.Dimension] = list = [];
            list.Add(i);
        }
        return byIndicator.Values.Select(g => (g.Total, g.Dimensions.Values.ToList()));
    }

    private static void SuppressSecondary(IReadOnlyList<IndicatorCell> cells, bool[] hidden, (int Total, List<List<int>> Dimensions) indicator)
    {
        var (total, dimensions) = indicator;
        bool changed;
        do
        {
            changed = false;
            var totalHidden = total < 0 || hidden[total];
            var totalKnown = !totalHidden || dimensions.Exists(d => d.TrueForAll(i => !hidden[i]));
            if (!totalKnown) return;
            foreach (var dimension in dimensions)
            {
                if (dimension.Count(i => hidden[i]) != 1) continue;
                var next = Smallest(cells, dimension.Where(i => !hidden[i]));
                if (next >= 0) hidden[next] = changed = true;
                else if (!totalHidden) hidden[total] = changed = true;
                else
                    foreach (var revealing in dimensions.Where(d => d.TrueForAll(i => !hidden[i])))
                        foreach (var i in revealing.OrderBy(i => Rank(cells[i])).ThenBy(i => cells[i].Value.Category, StringComparer.Ordinal).Take(2))
                            hidden[i] = changed = true;
                if (changed) break;
            }
        } while (changed);
    }

    private static int Smallest(IReadOnlyList<IndicatorCell> cells, IEnumerable<int> candidates) =>
        candidates.OrderBy(i => Rank(cells[i])).ThenBy(i => cells[i].Value.Category, StringComparer.Ordinal)
            .DefaultIfEmpty(-1).First();

    /// <summary>Non-empty cells before empty ones (hiding a zero protects little), then by people behind.</summary>
    private static (int, long) Rank(IndicatorCell cell) => (cell.NumeratorUnits > 0 ? 0 : 1, cell.NumeratorUnits);
}
