namespace Vacances.Jobs.Pipeline.Ledger;

/// <summary>Where a run stands.</summary>
public enum RunStatus
{
    Running,
    Succeeded,
    Failed,
}
