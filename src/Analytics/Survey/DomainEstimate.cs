namespace Vacances.Analytics.Survey;

/// <summary>
/// A weighted mean (a proportion when y is 0/1) over a domain of respondents, with its linearised standard error
/// (R: <c>svymean(~y, subset(design, domain), deff = TRUE)</c>).
/// </summary>
/// <param name="Respondents">n_d, the respondents in the domain.</param>
/// <param name="Estimate">Σ_d w y / Σ_d w.</param>
/// <param name="StandardError">Square root of the linearised variance, with finite-population correction.</param>
/// <param name="DesignEffect">Variance over that of simple random sampling of n_d (R's <c>deff</c>; NaN when undefined).</param>
/// <param name="EstimatedDomainSize">Σ_d w: the estimated number of people of the population in the domain.</param>
public sealed record DomainEstimate(int Respondents, double Estimate, double StandardError, double DesignEffect, double EstimatedDomainSize)
{
    /// <summary>Degrees of freedom of the domain design (R's <c>degf</c>: respondents with a non-zero weight − 1).</summary>
    public int DegreesOfFreedom => Respondents - 1;

    /// <summary>Kish's effective sample size n_d / deff.</summary>
    public double EffectiveSampleSize => Respondents / DesignEffect;

    /// <summary>
    /// Wald interval estimate ± z·se with the normal quantile (R: <c>confint(svymean(…), level)</c>, whose default
    /// is <c>df = Inf</c>).
    /// </summary>
    public (double Low, double High) WaldInterval(double level)
    {
        var z = Quantiles.Normal(1 - (1 - level) / 2);
        return (Estimate - z * StandardError, Estimate + z * StandardError);
    }

    /// <summary>
    /// Logit interval of a proportion (R: <c>svyciprop(method = "logit", level)</c>): the Wald interval of
    /// logit(p) with se/(p(1−p)), using the Student quantile with <c>df = degf(design)</c> = n_d − 1 (R's
    /// <c>confint.svyglm(method = "Wald", ddf = df)</c>), mapped back by expit. When p is 0 or 1 the logit is
    /// infinite and the interval collapses to p.
    /// </summary>
    public (double Low, double High) LogitInterval(double level)
    {
        var p = Estimate;
        if (!(p > 0 && p < 1)) return (p, p);
        var t = Quantiles.StudentT(1 - (1 - level) / 2, DegreesOfFreedom);
        var logit = Math.Log(p / (1 - p));
        var half = t * StandardError / (p * (1 - p));
        return (Expit(logit - half), Expit(logit + half));
    }

    private static double Expit(double x) => 1 - 1 / (1 + Math.Exp(x));
}
