using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>AVE parameters on one day (caf35/ave.yaml).</summary>
internal sealed class AveParameters(ProgrammeParameters p, DateOnly day)
{
    public int NightsMin { get; } = (int)p.Number("nights_min", day);
    public int NightsMaxPerYear { get; } = (int)p.Number("nights_max_per_year", day);
    public int AgeMin { get; } = (int)p.Number("age_min", day);
    public int AgeMax { get; } = (int)p.Number("age_max", day);
    public QfTier[] Tiers { get; } = QfTier.Read(p, "tiers", day);
    public QfTier[] TiersAeeh { get; } = QfTier.Read(p, "tiers_aeeh", day);
}
