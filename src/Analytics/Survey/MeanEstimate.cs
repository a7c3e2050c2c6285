namespace Vacances.Analytics.Survey;

/// <summary>A weighted mean of a numeric question (e.g. hours of direct accompaniment) with its Wald interval.</summary>
/// <param name="N">Respondents who gave a number.</param>
/// <param name="DesignEffect">Variance relative to simple random sampling of the same size.</param>
public sealed record MeanEstimate(string Question, int N, double Estimate, double Se, double CiLow, double CiHigh, double Level, double DesignEffect);
