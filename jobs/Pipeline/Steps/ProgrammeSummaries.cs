using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Rules;
using Vacances.Reports.Input;

namespace Vacances.Jobs.Pipeline.Steps;

/// <summary>
/// The bilan's eligibility table (DESIGN §4, §8 methodology): per programme of <c>eligibility.csv</c>, in ordinal
/// order, its evaluations, the eligible ones and the sum of their standalone amounts (I-11), with the programme's
/// label and the seed texts its parameters cite (from the <see cref="RuleBook"/>).
/// </summary>
public static class ProgrammeSummaries
{
    public static IReadOnlyList<ProgrammeSummary> Build(IReadOnlyList<EligibilityResult> results, RuleBook book)
    {
        var known = book.ProgrammeIds.ToHashSet(StringComparer.Ordinal);
        return [.. results.GroupBy(r => r.Programme, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var parameters = known.Contains(g.Key) ? book.Get(g.Key) : null;
                return new ProgrammeSummary(g.Key, parameters?.Label ?? g.Key, parameters is null ? "" : Sources(parameters),
                    g.Count(), g.Count(r => r.Eligible), g.Where(r => r.Eligible).Sum(r => r.AidEur));
            })];
    }

    /// <summary>The distinct seed files the programme's periods and parameter values cite (the part before the first comma).</summary>
    private static string Sources(ProgrammeParameters parameters) => string.Join(", ",
        parameters.Periods.Select(p => p.Source)
            .Concat(parameters.Parameters.Values.SelectMany(p => p.Values).Select(v => v.Source))
            .Select(s => s.Split(',')[0].Trim())
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));
}
