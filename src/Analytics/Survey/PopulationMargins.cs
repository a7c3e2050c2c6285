using System.Globalization;

namespace Vacances.Analytics.Survey;

/// <summary>
/// The known population counts that weights are calibrated to (DESIGN §6): per variable, the count of each
/// category. Every variable describes the same population, so their totals must agree; that total is the
/// population size N of the finite-population correction.
/// </summary>
public sealed class PopulationMargins
{
    private readonly Dictionary<string, List<MarginCount>> byVariable = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> variables = [];

    /// <exception cref="SurveyEstimationException">A negative or duplicate count, no count at all, or variables whose totals differ.</exception>
    public PopulationMargins(IEnumerable<MarginCount> counts)
    {
        foreach (var count in counts)
        {
            if (!(count.Count >= 0) || double.IsInfinity(count.Count))
                throw new SurveyEstimationException($"effectif invalide pour la marge {count.Variable} = {count.Category} : {Format(count.Count)}.");
            if (!byVariable.TryGetValue(count.Variable, out var list))
            {
                byVariable[count.Variable] = list = [];
                variables.Add(count.Variable);
            }
            if (list.Exists(c => string.Equals(c.Category, count.Category, StringComparison.OrdinalIgnoreCase)))
                throw new SurveyEstimationException($"la marge {count.Variable} = {count.Category} est donnée deux fois.");
            list.Add(count);
        }
        if (variables.Count == 0) throw new SurveyEstimationException("aucune marge de population n'est donnée.");
        Total = byVariable[variables[0]].Sum(c => c.Count);
        if (!(Total > 0)) throw new SurveyEstimationException("l'effectif total de la population est nul.");
        foreach (var variable in variables.Skip(1))
        {
            var total = byVariable[variable].Sum(c => c.Count);
            if (Math.Abs(total - Total) > 1e-9 * Total)
                throw new SurveyEstimationException(
                    $"les marges ne décrivent pas la même population : {variables[0]} totalise {Format(Total)}, {variable} totalise {Format(total)}.");
        }
    }

    /// <summary>Population size N: the total of any variable's counts.</summary>
    public double Total { get; }

    /// <summary>The variables, in the order they were first given.</summary>
    public IReadOnlyList<string> Variables => variables;

    /// <summary>The categories of <paramref name="variable"/> with their counts, in the order given.</summary>
    /// <exception cref="SurveyEstimationException">The variable has no margin.</exception>
    public IReadOnlyList<MarginCount> Of(string variable) =>
        byVariable.TryGetValue(variable, out var list)
            ? list
            : throw new SurveyEstimationException($"aucune marge de population n'est donnée pour la variable de calage « {variable} ».");

    private static string Format(double value) => value.ToString("G", CultureInfo.GetCultureInfo("fr-FR"));
}
