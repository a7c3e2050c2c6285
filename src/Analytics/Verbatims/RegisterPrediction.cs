namespace Vacances.Analytics.Verbatims;

/// <summary>
/// The register predicted for one answer and the predictor's confidence in it, in [0, 1]: the probability of
/// the predicted class for the ML.NET model, the share of matched keywords for the keyword baseline.
/// </summary>
public sealed record RegisterPrediction(string Register, float Confidence);
