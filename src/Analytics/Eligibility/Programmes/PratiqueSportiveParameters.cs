using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>Aide à la pratique sportive parameters on one day (ancv/pratique_sportive.yaml).</summary>
internal sealed class PratiqueSportiveParameters(ProgrammeParameters p, DateOnly day)
{
    public decimal ProjectRate { get; } = p.Number("project_rate", day);
}
