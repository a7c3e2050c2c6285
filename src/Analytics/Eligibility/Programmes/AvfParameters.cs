using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>AVF parameters on one day (caf35/avf.yaml).</summary>
internal sealed class AvfParameters(ProgrammeParameters p, DateOnly day)
{
    public int NightsMin { get; } = (int)p.Number("nights_min", day);
    public int NightsMaxPerYear { get; } = (int)p.Number("nights_max_per_year", day);
    public int ChildAgeMax { get; } = (int)p.Number("child_age_max", day);
    public int SchoolAgeMin { get; } = (int)p.Number("school_age_min", day);
    public int SchoolAgeMax { get; } = (int)p.Number("school_age_max", day);
    public QfTier[] Tiers { get; } = QfTier.Read(p, "tiers", day);
    public QfTier[] TiersAeeh { get; } = QfTier.Read(p, "tiers_aeeh", day);
}
