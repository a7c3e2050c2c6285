namespace Vacances.Analytics.Survey;

/// <summary>
/// Log-gamma and the regularized incomplete gamma and beta functions, to about 1e-14 relative: what the normal and
/// Student quantiles of <see cref="Quantiles"/> are refined against (Lanczos approximation, Lentz continued fractions).
/// </summary>
internal static class SpecialFunctions
{
    private const int MaxIterations = 100_000;
    private const double Epsilon = 1e-16;
    private const double Tiny = 1e-300;

    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos, g = 7).</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5) return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++) sum += Lanczos[i] / (x + i);
        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }

    /// <summary>Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a).</summary>
    public static double UpperGamma(double a, double x)
    {
        if (x <= 0) return 1;
        var prefix = Math.Exp(a * Math.Log(x) - x - LogGamma(a));
        if (x < a + 1)
        {
            // Series for P(a, x), then Q = 1 − P (no cancellation worth the name in this region).
            double term = 1 / a, sum = term;
            for (var n = 1; n < MaxIterations && Math.Abs(term) > Math.Abs(sum) * Epsilon; n++)
            {
                term *= x / (a + n);
                sum += term;
            }
            return 1 - prefix * sum;
        }
        // Continued fraction for Q(a, x) (modified Lentz).
        double b = x + 1 - a, c = 1 / Tiny, d = 1 / b, h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.Abs(d) < Tiny) d = Tiny;
            c = b + an / c;
            if (Math.Abs(c) < Tiny) c = Tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon) break;
        }
        return prefix * h;
    }

    /// <summary>Regularized incomplete beta I_x(a, b).</summary>
    public static double IncompleteBeta(double x, double a, double b)
    {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x));
        return x < (a + 1) / (a + b + 2)
            ? front * BetaFraction(x, a, b) / a
            : 1 - front * BetaFraction(1 - x, b, a) / b;
    }

    private static double BetaFraction(double x, double a, double b)
    {
        double qab = a + b, qap = a + 1, qam = a - 1, c = 1, d = 1 - qab * x / qap;
        if (Math.Abs(d) < Tiny) d = Tiny;
        d = 1 / d;
        var h = d;
        for (var m = 1; m < MaxIterations; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < Tiny) d = Tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < Tiny) c = Tiny;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.Abs(d) < Tiny) d = Tiny;
            c = 1 + aa / c;
            if (Math.Abs(c) < Tiny) c = Tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon) break;
        }
        return h;
    }
}
