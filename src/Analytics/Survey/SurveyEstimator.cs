using Vacances.Ingest.Model;

namespace Vacances.Analytics.Survey;

/// <summary>
/// Survey estimates over a table of responses (DESIGN §6): weights are computed once for all respondents
/// (<see cref="Weigh"/>), then each question is a domain estimate — the respondents who answered, minus the
/// excluded answers, optionally within a sub-population — as R's <c>subset()</c> of a calibrated design.
/// </summary>
public static class SurveyEstimator
{
    /// <summary>
    /// Simple-random-sampling weights with N = the margins' total, raked to the margins of
    /// <paramref name="calibrationVariables"/> (columns of <paramref name="responses"/>) when any is given.
    /// </summary>
    /// <exception cref="SurveyEstimationException">A missing column or margin, an empty category, no convergence.</exception>
    public static SurveyWeights Weigh(SurveyTable responses, PopulationMargins margins, IReadOnlyList<string> calibrationVariables, CalibrationOptions? options = null)
    {
        if (calibrationVariables.Count == 0) return SurveyWeights.SimpleRandomSample(responses.Rows.Count, margins);
        var values = calibrationVariables.Select(v => (IReadOnlyList<string?>)SurveyAnswers.Values(responses, v)).ToList();
        return SurveyWeights.Raked(calibrationVariables, values, margins, options);
    }

    /// <summary>The share of the domain answering the requested value, with Wald and logit intervals.</summary>
    /// <exception cref="SurveyEstimationException">A missing column, fewer than two respondents in the domain.</exception>
    public static ProportionEstimate Proportion(SurveyTable responses, SurveyWeights weights, EstimateRequest request)
    {
        ValidateLevel(request.Level);
        var estimate = Share(responses, weights, request.Question, request.Value, request.Exclude, request.Domain);
        return ToProportion(estimate, request.Question, request.Value, request.Level);
    }

    /// <summary>The weighted mean of a numeric question over the respondents who gave a number (and are in <paramref name="domain"/>).</summary>
    /// <exception cref="SurveyEstimationException">A missing column, an answer that is not a number, fewer than two respondents.</exception>
    public static MeanEstimate Mean(SurveyTable responses, SurveyWeights weights, string question, double level, SurveyDomain? domain = null)
    {
        ValidateLevel(level);
        return ToMean(Average(responses, weights, question, domain), question, level);
    }

    /// <summary>The domain estimate of the share answering <paramref name="value"/> (y = 1 when the answer is or lists it).</summary>
    public static DomainEstimate Share(SurveyTable responses, SurveyWeights weights, string question, string value, IReadOnlyList<string> exclude, SurveyDomain? domain)
    {
        var column = SurveyAnswers.Column(responses, question);
        var inDomain = DomainOf(responses, domain);
        var values = new double[responses.Rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var answer = SurveyAnswers.Answer(responses.Rows[i], column);
            if (answer is null || SurveyAnswers.IsExcluded(answer, exclude)) inDomain[i] = false;
            else values[i] = SurveyAnswers.Has(answer, value) ? 1 : 0;
        }
        return DomainEstimator.Mean(weights, values, inDomain);
    }

    /// <summary>The domain estimate of the mean of a numeric question.</summary>
    public static DomainEstimate Average(SurveyTable responses, SurveyWeights weights, string question, SurveyDomain? domain)
    {
        var column = SurveyAnswers.Column(responses, question);
        var inDomain = DomainOf(responses, domain);
        var values = new double[responses.Rows.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var answer = SurveyAnswers.Answer(responses.Rows[i], column);
            if (answer is null) inDomain[i] = false;
            else values[i] = SurveyAnswers.Number(answer, question, i);
        }
        return DomainEstimator.Mean(weights, values, inDomain);
    }

    /// <summary>The contract record of a share: Wald and logit intervals at <paramref name="level"/>.</summary>
    public static ProportionEstimate ToProportion(DomainEstimate estimate, string question, string value, double level)
    {
        var (low, high) = estimate.WaldInterval(level);
        var (logitLow, logitHigh) = estimate.LogitInterval(level);
        return new ProportionEstimate(question, value, estimate.Respondents, estimate.Estimate, estimate.StandardError,
            low, high, logitLow, logitHigh, level, estimate.DesignEffect);
    }

    /// <summary>The record of a mean with its Wald interval at <paramref name="level"/>.</summary>
    public static MeanEstimate ToMean(DomainEstimate estimate, string question, double level)
    {
        var (low, high) = estimate.WaldInterval(level);
        return new MeanEstimate(question, estimate.Respondents, estimate.Estimate, estimate.StandardError, low, high, level, estimate.DesignEffect);
    }

    private static bool[] DomainOf(SurveyTable responses, SurveyDomain? domain)
    {
        var inDomain = new bool[responses.Rows.Count];
        if (domain is null)
        {
            Array.Fill(inDomain, true);
            return inDomain;
        }
        var column = SurveyAnswers.Column(responses, domain.Variable);
        for (var i = 0; i < inDomain.Length; i++)
            inDomain[i] = string.Equals(SurveyAnswers.Answer(responses.Rows[i], column), domain.Category, StringComparison.OrdinalIgnoreCase);
        return inDomain;
    }

    private static void ValidateLevel(double level)
    {
        if (!(level > 0 && level < 1))
            throw new SurveyEstimationException($"le niveau de confiance doit être strictement compris entre 0 et 1 (reçu {level}).");
    }
}
