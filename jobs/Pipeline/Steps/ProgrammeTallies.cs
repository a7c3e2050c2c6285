using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Rules;
using Vacances.Reports.Input;

namespace Vacances.Jobs.Pipeline.Steps;

/// <summary>
/// The bilan's eligibility table counted while the results stream by (<see cref="ProgrammeSummaries"/>): per
/// programme, its evaluations, the eligible ones and the sum of their standalone amounts (I-11). Nothing of a row
/// is kept, so the table of a national operation (≈ 16 rows per dossier) costs a dozen counters.
/// </summary>
public sealed class ProgrammeTallies
{
    private readonly SortedDictionary<string, Tally> _tallies = new(StringComparer.Ordinal);

    /// <summary>Counts <paramref name="result"/>.</summary>
    public void Add(EligibilityResult result)
    {
        if (!_tallies.TryGetValue(result.Programme, out var tally)) _tallies[result.Programme] = tally = new Tally();
        tally.Evaluated++;
        if (!result.Eligible) return;
        tally.Eligible++;
        tally.EligibleAmountEur += result.AidEur;
    }

    /// <summary>The rows of <paramref name="results"/>, each counted as it is read: one pass serves this and another consumer.</summary>
    public IEnumerable<EligibilityResult> Counting(IEnumerable<EligibilityResult> results)
    {
        foreach (var result in results)
        {
            Add(result);
            yield return result;
        }
    }

    /// <summary>The programmes counted, in ordinal order, with their labels and sources from <paramref name="book"/>.</summary>
    public IReadOnlyList<ProgrammeSummary> Summaries(RuleBook book)
    {
        var known = book.ProgrammeIds.ToHashSet(StringComparer.Ordinal);
        return [.. _tallies.Select(t =>
        {
            var parameters = known.Contains(t.Key) ? book.Get(t.Key) : null;
            return new ProgrammeSummary(t.Key, parameters?.Label ?? t.Key, parameters is null ? "" : ProgrammeSummaries.Sources(parameters),
                t.Value.Evaluated, t.Value.Eligible, t.Value.EligibleAmountEur);
        })];
    }

    private sealed class Tally
    {
        public int Evaluated;
        public int Eligible;
        public decimal EligibleAmountEur;
    }
}
