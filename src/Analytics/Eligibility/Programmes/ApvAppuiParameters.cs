using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>Aide d'appui parameters on one day: its own rate (ancv/apv_appui.yaml) and the beneficiaries' resource thresholds of the APV (ancv/apv.yaml).</summary>
internal sealed class ApvAppuiParameters(ProgrammeParameters p, DateOnly day, ProgrammeParameters apv)
{
    public decimal ProjectRate { get; } = p.Number("project_rate", day);
    public decimal QfThreshold { get; } = apv.Number("qf_threshold", day);
    public RfrTable Rfr { get; } = new(apv, day);
    public RniTable Rni { get; } = new(apv, day);
}
