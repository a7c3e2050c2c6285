namespace Vacances.Analytics.Survey;

/// <summary>
/// Quantiles of the standard normal and Student distributions to double precision, as R's <c>qnorm</c> and
/// <c>qt</c> give them: a classical starting approximation refined by Newton steps on the exact distribution
/// function of <see cref="SpecialFunctions"/>.
/// </summary>
internal static class Quantiles
{
    private const int MaxSteps = 60;

    /// <summary>The <paramref name="p"/>-quantile of N(0, 1), 0 &lt; p &lt; 1.</summary>
    public static double Normal(double p)
    {
        if (!(p > 0 && p < 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "0 < p < 1");
        if (p > 0.5) return -Normal(1 - p);
        // Abramowitz & Stegun 26.2.23 (error < 4.5e-4), then Newton on Φ.
        var t = Math.Sqrt(-2 * Math.Log(p));
        var x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
        for (var i = 0; i < MaxSteps; i++)
        {
            var step = (NormalLowerTail(x) - p) / NormalDensity(x);
            x -= step;
            if (Math.Abs(step) <= 1e-15 * Math.Max(1, Math.Abs(x))) break;
        }
        return x;
    }

    /// <summary>The <paramref name="p"/>-quantile of Student's t with <paramref name="df"/> degrees of freedom (infinite: normal).</summary>
    public static double StudentT(double p, double df)
    {
        if (!(p > 0 && p < 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "0 < p < 1");
        if (!(df > 0)) throw new ArgumentOutOfRangeException(nameof(df), df, "df > 0");
        if (double.IsPositiveInfinity(df)) return Normal(p);
        if (p > 0.5) return -StudentT(1 - p, df);
        if (p == 0.5) return 0;
        // Cornish–Fisher start from the normal quantile, then Newton on the upper tail for t > 0.
        var z = -Normal(p);
        var t = z + (z * z * z + z) / (4 * df) + (5 * Math.Pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * df * df);
        for (var i = 0; i < MaxSteps; i++)
        {
            var step = (StudentUpperTail(t, df) - p) / StudentDensity(t, df);
            var next = t + step;
            if (next <= 0) next = t / 2;
            var moved = Math.Abs(next - t);
            t = next;
            if (moved <= 1e-15 * t) break;
        }
        return -t;
    }

    private static double NormalLowerTail(double x) =>
        x < 0 ? 0.5 * SpecialFunctions.UpperGamma(0.5, x * x / 2) : 1 - 0.5 * SpecialFunctions.UpperGamma(0.5, x * x / 2);

    private static double NormalDensity(double x) => Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI);

    /// <summary>P(T &gt; t) for t ≥ 0: ½ I_{ν/(ν+t²)}(ν/2, ½).</summary>
    private static double StudentUpperTail(double t, double df) =>
        0.5 * SpecialFunctions.IncompleteBeta(df / (df + t * t), df / 2, 0.5);

    private static double StudentDensity(double t, double df) =>
        Math.Exp(SpecialFunctions.LogGamma((df + 1) / 2) - SpecialFunctions.LogGamma(df / 2) - 0.5 * Math.Log(df * Math.PI)
                 - (df + 1) / 2 * Math.Log(1 + t * t / df));
}
