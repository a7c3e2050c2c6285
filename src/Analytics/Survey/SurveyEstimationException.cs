namespace Vacances.Analytics.Survey;

/// <summary>
/// A survey estimate that cannot be computed from the data given (a calibration that does not converge, a margin
/// category without respondents, inconsistent margins, an empty domain). The message is French, for the user.
/// </summary>
public sealed class SurveyEstimationException(string message) : Exception(message);
