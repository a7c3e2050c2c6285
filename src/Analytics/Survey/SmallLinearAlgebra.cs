namespace Vacances.Analytics.Survey;

/// <summary>
/// Dense solves of the small p × p systems of calibration (p = 1 + Σ (categories − 1), a handful to a few dozen):
/// Gaussian elimination with partial pivoting. A (numerically) singular matrix gives null.
/// </summary>
internal static class SmallLinearAlgebra
{
    private const double SingularRatio = 1e-13;

    /// <summary>The inverse of <paramref name="matrix"/>, or null when it is singular.</summary>
    public static double[,]? Invert(double[,] matrix)
    {
        var p = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var inverse = new double[p, p];
        for (var i = 0; i < p; i++) inverse[i, i] = 1;
        var scale = 0.0;
        for (var i = 0; i < p; i++) scale = Math.Max(scale, Math.Abs(a[i, i]));
        if (!(scale > 0)) return null;
        for (var col = 0; col < p; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < p; r++)
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col])) pivot = r;
            if (!(Math.Abs(a[pivot, col]) > SingularRatio * scale)) return null;
            if (pivot != col)
                for (var c = 0; c < p; c++)
                {
                    (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
                    (inverse[col, c], inverse[pivot, c]) = (inverse[pivot, c], inverse[col, c]);
                }
            var diagonal = a[col, col];
            for (var c = 0; c < p; c++)
            {
                a[col, c] /= diagonal;
                inverse[col, c] /= diagonal;
            }
            for (var r = 0; r < p; r++)
            {
                if (r == col) continue;
                var factor = a[r, col];
                if (factor == 0) continue;
                for (var c = 0; c < p; c++)
                {
                    a[r, c] -= factor * a[col, c];
                    inverse[r, c] -= factor * inverse[col, c];
                }
            }
        }
        return inverse;
    }

    /// <summary>matrix · vector.</summary>
    public static double[] Multiply(double[,] matrix, double[] vector)
    {
        var p = vector.Length;
        var result = new double[p];
        for (var r = 0; r < p; r++)
        {
            var sum = 0.0;
            for (var c = 0; c < p; c++) sum += matrix[r, c] * vector[c];
            result[r] = sum;
        }
        return result;
    }
}
