namespace Vacances.Analytics.Survey;

/// <summary>
/// One computed survey indicator, overall (<c>total</c>) or for a domain (dimension <c>dispositif</c>): the
/// proportion (or mean) with its intervals, n and design effect, and the weighted numerator and denominator the
/// catalogue publishes.
/// </summary>
/// <param name="Proportion">Set for a share, null for a mean.</param>
/// <param name="Mean">Set for a mean, null for a share.</param>
/// <param name="WeightedNumerator">Σ w y over the domain: estimated people answering the value (or total hours).</param>
/// <param name="WeightedDenominator">Σ w over the domain: estimated people the figure is about.</param>
public sealed record SurveyIndicatorEstimate(
    string IndicatorId,
    string Dimension,
    string Category,
    ProportionEstimate? Proportion,
    MeanEstimate? Mean,
    double EffectiveSampleSize,
    double WeightedNumerator,
    double WeightedDenominator)
{
    /// <summary>Respondents in the domain.</summary>
    public int N => Proportion?.N ?? Mean!.N;

    /// <summary>The proportion (0–1) or the mean.</summary>
    public double Estimate => Proportion?.Estimate ?? Mean!.Estimate;

    public double DesignEffect => Proportion?.DesignEffect ?? Mean!.DesignEffect;
}
