using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>APV parameters in force on one day (ancv/apv.yaml).</summary>
internal sealed class ApvParameters(ProgrammeParameters p, DateOnly day)
{
    public decimal QfThreshold { get; } = p.Number("qf_threshold", day);
    public RfrTable Rfr { get; } = new(p, day);
    public RniTable Rni { get; } = new(p, day);
    public int NightsMin { get; } = (int)p.Number("nights_min", day);
    public int NightsMax { get; } = (int)p.Number("nights_max", day);
    public decimal CostPerNightMax { get; } = p.Number("cost_per_night_max", day);
    public decimal CeilingRate { get; } = p.Number("ceiling_rate", day);
    public decimal CompanionRate { get; } = p.Number("companion_rate", day);
}
