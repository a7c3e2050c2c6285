using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>BSV parameters on one day (ancv/bsv.yaml).</summary>
internal sealed class BsvParameters(ProgrammeParameters p, DateOnly day)
{
    public decimal QfThreshold { get; } = p.Number("qf_threshold", day);
    public RfrTable Rfr { get; } = new(p, day);
    public decimal PriceMinRate { get; } = p.Number("price_min_rate", day);
    public decimal PriceMaxRate { get; } = p.Number("price_max_rate", day);
}
