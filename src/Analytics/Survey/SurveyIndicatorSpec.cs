using Vacances.Analytics.Indicators;

namespace Vacances.Analytics.Survey;

/// <summary>
/// A survey indicator of the catalogue: its <see cref="IndicatorDefinition"/> and how it is estimated — the share
/// answering <paramref name="Value"/> (excluding <paramref name="Exclude"/>) or, when <paramref name="Value"/> is
/// null, the mean of a numeric question.
/// </summary>
/// <param name="AlternativeCodes">Other spellings of the answer a questionnaire may use (e.g. <c>5</c> for « très positif » on a 1–5 scale).</param>
public sealed record SurveyIndicatorSpec(IndicatorDefinition Definition, SurveyPopulation Population, string Question, string? Value, IReadOnlyList<string> Exclude,
    IReadOnlyList<string> AlternativeCodes)
{
    /// <summary>True for a proportion (factor 100), false for a mean.</summary>
    public bool IsProportion => Value is not null;
}
