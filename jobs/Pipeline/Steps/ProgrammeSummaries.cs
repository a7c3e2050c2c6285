using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Rules;
using Vacances.Reports.Input;

namespace Vacances.Jobs.Pipeline.Steps;

/// <summary>
/// The bilan's eligibility table (DESIGN §4, §8 methodology): per programme of <c>eligibility.csv</c>, in ordinal
/// order, its evaluations, the eligible ones and the sum of their standalone amounts (I-11), with the programme's
/// label and the seed texts its parameters cite (from the <see cref="RuleBook"/>). Counted by <see cref="ProgrammeTallies"/>.
/// </summary>
public static class ProgrammeSummaries
{
    public static IReadOnlyList<ProgrammeSummary> Build(IEnumerable<EligibilityResult> results, RuleBook book)
    {
        var tallies = new ProgrammeTallies();
        foreach (var result in results) tallies.Add(result);
        return tallies.Summaries(book);
    }

    /// <summary>The distinct seed files the programme's periods and parameter values cite (the part before the first comma).</summary>
    internal static string Sources(ProgrammeParameters parameters) => string.Join(", ",
        parameters.Periods.Select(p => p.Source)
            .Concat(parameters.Parameters.Values.SelectMany(p => p.Values).Select(v => v.Source))
            .Select(s => s.Split(',')[0].Trim())
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal));
}
