using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>AVS parameters on one day (caf35/avs.yaml).</summary>
internal sealed class AvsParameters(ProgrammeParameters p, DateOnly day)
{
    public int NightsMin { get; } = (int)p.Number("nights_min", day);
    public int NightsMaxPerYear { get; } = (int)p.Number("nights_max_per_year", day);
    public int ChildAgeMax { get; } = (int)p.Number("child_age_max", day);
    public int SchoolAgeMin { get; } = (int)p.Number("school_age_min", day);
    public int SchoolAgeMax { get; } = (int)p.Number("school_age_max", day);
    public decimal Rate { get; } = p.Number("rate", day);
    public decimal DailyCapPerPerson { get; } = p.Number("daily_cap_per_person", day);
}
