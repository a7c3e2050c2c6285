using Vacances.Analytics.Rules;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>Départ 18:25 parameters on one day (ancv/depart1825.yaml).</summary>
internal sealed class Depart1825Parameters(ProgrammeParameters p, DateOnly day)
{
    public int AgeMin { get; } = (int)p.Number("age_min", day);
    public int AgeMax { get; } = (int)p.Number("age_max", day);
    public int GroupAgeMax { get; } = (int)p.Number("group_age_max", day);
    public decimal GroupShareMin { get; } = p.Number("group_share_min", day);
    public RfrTable Rfr { get; } = new(p, day);
    public ParticipantStatuses Statuses { get; } = StatusSet.Parse(p, "statuses", day);
    public decimal Rate { get; } = p.Number("rate", day);
    public decimal MinRemaining { get; } = p.Number("min_remaining", day);
    public decimal Cap { get; } = p.Number("cap", day);
}
