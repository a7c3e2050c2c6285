namespace Vacances.Analytics.Flows;

/// <summary>
/// Totals of the reconstruction, exact to the cent (every line is a whole number of cents, sums are decimal).
/// </summary>
/// <param name="RecordedEur">Σ of the recorded lines of the flows.</param>
/// <param name="EstimatedEur">Σ of the estimated lines.</param>
/// <param name="AidsFileEur">Σ of <c>aids.csv</c> as read: reconciles with <paramref name="RecordedEur"/>.</param>
public sealed record FlowTotals(decimal RecordedEur, decimal EstimatedEur, decimal AidsFileEur)
{
    public decimal TotalEur => RecordedEur + EstimatedEur;

    /// <summary>True when every recorded grant of <c>aids.csv</c> is in the flows, to the cent.</summary>
    public bool Reconciles => RecordedEur == AidsFileEur;
}
