namespace Vacances.Analytics.Survey;

/// <summary>Settings of the survey indicators.</summary>
/// <param name="Level">Confidence level of the intervals.</param>
/// <param name="MinimumRespondentsPerCategory">
/// A commune or dispositif with fewer respondents is pooled with the others into one calibration category
/// (<see cref="MarginCollapsing"/>).
/// </param>
public sealed record SurveyIndicatorOptions(double Level = 0.95, int MinimumRespondentsPerCategory = 10)
{
    public static SurveyIndicatorOptions Default { get; } = new();
}
