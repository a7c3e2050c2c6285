namespace Vacances.Analytics.Survey;

/// <summary>
/// Settings of the raking calibration (R <c>survey::calibrate(…, calfun = "raking", bounds, maxit)</c>).
/// </summary>
/// <param name="LowerBound">Smallest allowed ratio calibrated weight / design weight (R's <c>bounds[1]</c>); 0 for none.</param>
/// <param name="UpperBound">Largest allowed ratio (R's <c>bounds[2]</c>); +∞ for none.</param>
/// <param name="MaxIterations">Newton iterations before giving up (R's default <c>maxit = 50</c>).</param>
/// <param name="Tolerance">
/// Convergence when every calibration total is met to |misfit| / (1 + |total|) below this. R stops at 1e-7; we go
/// to 1e-10 so that the weights are R's fixed point to far better than the 1e-6 the estimates are held to.
/// </param>
public sealed record CalibrationOptions(double LowerBound = 0, double UpperBound = double.PositiveInfinity, int MaxIterations = 50, double Tolerance = 1e-10)
{
    /// <summary>Unbounded raking, R's defaults otherwise.</summary>
    public static CalibrationOptions Default { get; } = new();

    /// <summary>True when the weight ratios are bounded on either side.</summary>
    public bool IsBounded => LowerBound > 0 || !double.IsPositiveInfinity(UpperBound);
}
