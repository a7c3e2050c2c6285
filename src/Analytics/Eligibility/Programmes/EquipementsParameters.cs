using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>Equipment subsidy parameters on one day (ancv/equipements.yaml).</summary>
internal sealed class EquipementsParameters(ProgrammeParameters p, DateOnly day)
{
    public decimal InvestmentMin { get; } = p.Number("investment_min", day);
    public decimal InvestmentMax { get; } = p.Number("investment_max", day);
    public decimal BaseRate { get; } = p.Number("base_rate", day);
    public decimal BaseCap { get; } = p.Number("base_cap", day);
    public decimal BonusRate { get; } = p.Number("bonus_rate", day);
    public decimal BonusCap { get; } = p.Number("bonus_cap", day);
    public decimal TotalRate { get; } = p.Number("total_rate", day);
    public decimal TotalCap { get; } = p.Number("total_cap", day);
    public int YearsBetweenAids { get; } = (int)p.Number("years_between_aids", day);
}
