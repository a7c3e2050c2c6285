namespace Vacances.Analytics.Survey;

/// <summary>
/// A weighted estimate of the share of respondents giving one answer (DESIGN §6 <c>vacances survey estimate</c>).
/// </summary>
/// <param name="N">Respondents in the domain (those who answered, minus the excluded answers).</param>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
/// <param name="DesignEffect">Variance relative to simple random sampling of the same size.</param>
public sealed record ProportionEstimate(
    string Question,
    string Value,
    int N,
    double Estimate,
    double Se,
    double CiLow,
    double CiHigh,
    double CiLogitLow,
    double CiLogitHigh,
    double Level,
    double DesignEffect);
