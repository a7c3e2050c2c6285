namespace Vacances.Analytics.Survey;

/// <summary>
/// A calibration variable whose thin categories were pooled (see <see cref="MarginCollapsing"/>): its margins
/// and each respondent's recoded category.
/// </summary>
public sealed record CollapsedVariable(string Variable, IReadOnlyList<MarginCount> Margins, IReadOnlyList<string?> RespondentValues);
