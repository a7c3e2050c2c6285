using System.Globalization;

namespace Vacances.Analytics.Survey;

/// <summary>
/// Raking calibration by Newton iterations, as R's <c>survey:::grake</c> with <c>cal.raking</c> does it: the
/// calibrated weight of respondent i is w_i = d_i · g_i with g_i = exp(x_i · η) (clamped to the bounds when set),
/// and η solves Σ d_i g_i x_i = T (the population totals). Each step solves
/// (Σ d_i g'_i x_i x_iᵀ) Δη = T − Σ d_i g_i x_i from η = 0, with R's step halving when a step overflows.
/// Cost per iteration O(n · variables² + p³): instant for hundreds of respondents, linear for 100 000.
/// One deliberate difference: with bounds, R's <c>dF</c> compares the linear predictor (not exp of it) to the
/// bounds; we use the true derivative (exp(u) while g is inside the bounds, 0 when clamped), which reaches the
/// same fixed point and converges where R's does.
/// </summary>
internal static class RakingCalibration
{
    /// <summary>The ratios g_i of the calibrated to the design weights, and the number of Newton iterations.</summary>
    /// <exception cref="SurveyEstimationException">A singular system or no convergence within the allowed iterations.</exception>
    public static (double[] Ratios, int Iterations) Calibrate(AuxiliaryModel model, double[] designWeights, CalibrationOptions options)
    {
        var n = model.Rows;
        var eta = new double[model.ColumnCount];
        var ratios = new double[n];
        var derivative = new double[n];
        Evaluate(model, eta, options, ratios, derivative);
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            var misfit = Misfit(model, designWeights, ratios);
            if (Converged(misfit, model.Totals, options.Tolerance)) return (ratios, iteration - 1);
            var jacobian = model.WeightedCrossProduct(i => designWeights[i] * derivative[i]);
            var inverse = SmallLinearAlgebra.Invert(jacobian);
            if (inverse is null && iteration == 1)
                throw new SurveyEstimationException("le calage ne peut pas aboutir : les variables de calage sont redondantes dans l'échantillon.");
            if (inverse is null) throw NotConverged(iteration, misfit, model.Totals);
            var step = SmallLinearAlgebra.Multiply(inverse, misfit);
            for (var j = 0; j < eta.Length; j++) eta[j] += step[j];
            Evaluate(model, eta, options, ratios, derivative);
            for (var halving = 0; halving < options.MaxIterations && !AllFinite(ratios, derivative); halving++)
            {
                for (var j = 0; j < eta.Length; j++)
                {
                    step[j] /= 2;
                    eta[j] -= step[j];
                }
                Evaluate(model, eta, options, ratios, derivative);
            }
        }
        var final = Misfit(model, designWeights, ratios);
        if (Converged(final, model.Totals, options.Tolerance)) return (ratios, options.MaxIterations);
        throw NotConverged(options.MaxIterations, final, model.Totals);
    }

    private static SurveyEstimationException NotConverged(int iterations, double[] misfit, double[] totals) => new(
        $"le calage n'a pas convergé en {iterations} itérations (écart relatif restant {Worst(misfit, totals).ToString("G3", CultureInfo.GetCultureInfo("fr-FR"))}) : "
        + "les marges sont incompatibles avec la structure de l'échantillon, ou les bornes de poids sont trop étroites.");

    private static void Evaluate(AuxiliaryModel model, double[] eta, CalibrationOptions options, double[] ratios, double[] derivative)
    {
        for (var i = 0; i < ratios.Length; i++)
        {
            var raw = Math.Exp(model.Dot(i, eta));
            var inside = raw > options.LowerBound && raw < options.UpperBound;
            ratios[i] = Math.Min(Math.Max(raw, options.LowerBound), options.UpperBound);
            derivative[i] = inside ? raw : 0;
        }
    }

    private static double[] Misfit(AuxiliaryModel model, double[] designWeights, double[] ratios)
    {
        var achieved = model.WeightedSum(i => designWeights[i] * ratios[i]);
        for (var j = 0; j < achieved.Length; j++) achieved[j] = model.Totals[j] - achieved[j];
        return achieved;
    }

    private static bool Converged(double[] misfit, double[] totals, double tolerance) => Worst(misfit, totals) < tolerance;

    private static double Worst(double[] misfit, double[] totals)
    {
        var worst = 0.0;
        for (var j = 0; j < misfit.Length; j++)
        {
            var relative = Math.Abs(misfit[j]) / (1 + Math.Abs(totals[j]));
            if (!(relative <= worst)) worst = relative;
        }
        return worst;
    }

    private static bool AllFinite(double[] ratios, double[] derivative)
    {
        for (var i = 0; i < ratios.Length; i++)
            if (!double.IsFinite(ratios[i]) || !double.IsFinite(derivative[i])) return false;
        return true;
    }
}
