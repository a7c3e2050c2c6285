namespace Vacances.Analytics.Survey;

/// <summary>
/// Pools the categories of a calibration variable that too few respondents represent into one category
/// <see cref="Pooled"/>, so that raking stays stable and no margin category is empty in the sample (DESIGN §6:
/// « commune group » — communes with enough respondents keep their own margin, the others form one group; the same
/// for rare dispositifs). Respondents with a missing category, or one the population does not list, join the pool.
/// If the pool would have population but no respondent (or respondents but no population), the least represented
/// kept category joins it until both are present.
/// </summary>
public static class MarginCollapsing
{
    /// <summary>Code of the pooled category.</summary>
    public const string Pooled = "autres";

    public static CollapsedVariable Collapse(string variable, IReadOnlyList<MarginCount> population, IReadOnlyList<string?> respondentValues, int minimumRespondents)
    {
        var respondents = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var margin in population) respondents[margin.Category] = 0;
        var unknown = 0;
        foreach (var value in respondentValues)
        {
            if (value is not null && respondents.TryGetValue(value, out var count)) respondents[value] = count + 1;
            else unknown++;
        }
        var kept = population.Where(m => respondents[m.Category] >= minimumRespondents).ToList();
        while (kept.Count > 0)
        {
            var pooledPopulation = population.Where(m => !kept.Contains(m)).Sum(m => m.Count);
            var pooledRespondents = unknown + population.Where(m => !kept.Contains(m)).Sum(m => respondents[m.Category]);
            if ((pooledPopulation > 0) == (pooledRespondents > 0)) break;
            kept.Remove(kept.MinBy(m => (respondents[m.Category], m.Count))!);
        }
        var keptCodes = new HashSet<string>(kept.Select(m => m.Category), StringComparer.OrdinalIgnoreCase);
        var margins = kept.Select(m => m with { Variable = variable }).ToList();
        var pooled = population.Where(m => !keptCodes.Contains(m.Category)).Sum(m => m.Count);
        if (pooled > 0) margins.Add(new MarginCount(variable, Pooled, pooled));
        var recoded = respondentValues.Select(v => v is not null && keptCodes.Contains(v) ? v : Pooled).ToList();
        return new CollapsedVariable(variable, margins, recoded);
    }
}
