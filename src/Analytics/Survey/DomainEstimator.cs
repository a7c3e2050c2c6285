namespace Vacances.Analytics.Survey;

/// <summary>
/// Domain means and their linearised variance, as R's survey package computes them on <c>subset()</c> of a
/// (calibrated) SRSWOR design (DESIGN §6). Rows outside the domain keep their place with a zero weight, so that
/// n and the calibration residuals are those of the whole sample:
/// <list type="number">
/// <item>ȳ = Σ_d w_i y_i / Σ_d w_i; influence z_i = w_i (y_i − ȳ) / Σ_d w (0 outside the domain) — <c>svymean</c>.</item>
/// <item>calibrated weights (<c>svyrecvar</c>, <c>greg_calibration</c>: <c>qr.resid(qr(X·√d), z / (g·√d)) · g·√d</c>):
/// r_i = z_i − w_i x_iᵀ β with β = (Σ d x xᵀ)⁻¹ Σ_i x_i z_i / g_i — the regression uses the design weights d,
/// the residuals are scaled back by the calibrated weights w = d·g.</item>
/// <item>V = (1 − n/N) · n/(n − 1) · Σ (r_i − r̄)² over all n respondents (<c>onestrat</c> with <c>fpc = N</c>).</item>
/// </list>
/// Design effect as <c>svymean(deff = TRUE)</c>: V / [s²_w · (Σ_d w − n_d)/(Σ_d w · n_d)], s²_w the weighted domain
/// variance with the n_d/(n_d − 1) factor of <c>svyvar</c>. All in O(n · variables²).
/// </summary>
public static class DomainEstimator
{
    /// <param name="values">y_i for every respondent (ignored outside the domain).</param>
    /// <param name="inDomain">Whether each respondent belongs to the domain.</param>
    /// <exception cref="SurveyEstimationException">Fewer than two respondents in the domain.</exception>
    public static DomainEstimate Mean(SurveyWeights weights, double[] values, bool[] inDomain)
    {
        var n = weights.SampleSize;
        if (values.Length != n || inDomain.Length != n) throw new ArgumentException("one value and one domain flag per respondent");
        int domainCount = 0;
        double domainWeight = 0, weightedSum = 0;
        for (var i = 0; i < n; i++)
        {
            if (!inDomain[i]) continue;
            domainCount++;
            domainWeight += weights.Weight(i);
            weightedSum += weights.Weight(i) * values[i];
        }
        if (domainCount < 2)
            throw new SurveyEstimationException($"le domaine compte {domainCount} répondant(s) : il en faut au moins deux pour une estimation avec intervalle de confiance.");
        var mean = weightedSum / domainWeight;

        var residuals = new double[n];
        var weightedSquares = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (!inDomain[i]) continue;
            var deviation = values[i] - mean;
            residuals[i] = weights.Weight(i) * deviation / domainWeight;
            weightedSquares += weights.Weight(i) * deviation * deviation;
        }
        if (weights.Model is { } model && weights.ModelInverse is { } inverse)
        {
            var projected = model.WeightedSum(i => inDomain[i] ? weights.DesignWeight(i) * (values[i] - mean) / domainWeight : 0);
            var beta = SmallLinearAlgebra.Multiply(inverse, projected);
            for (var i = 0; i < n; i++) residuals[i] -= weights.Weight(i) * model.Dot(i, beta);
        }

        var centre = residuals.Average();
        var sumSquares = 0.0;
        foreach (var r in residuals) sumSquares += (r - centre) * (r - centre);
        var variance = (1 - n / weights.PopulationSize) * n / (n - 1.0) * sumSquares;

        var populationVariance = weightedSquares / domainWeight * domainCount / (domainCount - 1.0);
        var srsVariance = populationVariance * (domainWeight - domainCount) / (domainWeight * domainCount);
        var designEffect = domainWeight > domainCount ? variance / srsVariance : double.NaN;
        return new DomainEstimate(domainCount, mean, Math.Sqrt(variance), designEffect, domainWeight);
    }
}
