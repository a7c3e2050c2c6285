using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>AAT parameters on one day (caf35/aat.yaml).</summary>
internal sealed class AatParameters(ProgrammeParameters p, DateOnly day)
{
    public DateOnly SummerStart { get; } = p.Date("summer_start", day);
    public DateOnly SummerEnd { get; } = p.Date("summer_end", day);
    public decimal DistanceMinKm { get; } = p.Number("distance_min_km", day);
    public decimal DistanceHighKm { get; } = p.Number("distance_high_km", day);
    public decimal AmountLow { get; } = p.Number("amount_low", day);
    public decimal AmountHigh { get; } = p.Number("amount_high", day);
}
