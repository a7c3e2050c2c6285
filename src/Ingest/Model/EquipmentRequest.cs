namespace Vacances.Ingest.Model;

/// <summary>A tourism-equipment subsidy request (DESIGN §3.4, seed 003; I-47).</summary>
public sealed record EquipmentRequest
{
    public required string RequestId { get; init; }
    public required DateOnly RequestDate { get; init; }
    /// <summary>Eligible investment expenses, HT.</summary>
    public required decimal InvestmentEur { get; init; }
    public bool? AccessibilityBonus { get; init; }
    public bool? EnvironmentBonus { get; init; }
    public bool? ManagerConventioned { get; init; }
    public bool? NewActivity { get; init; }
    public bool? ComplianceOnly { get; init; }
    /// <summary>Date of the last ANCV aid to this equipment, null if none.</summary>
    public DateOnly? LastAidDate { get; init; }
}
