namespace Vacances.Jobs.Pipeline.Ledger;

/// <summary>
/// A run's outcome and progress as the ledger holds it. <see cref="ExitCode"/> and <see cref="Message"/> are set
/// when the run failed (1 invalid input, 3 infrastructure, DESIGN §2).
/// </summary>
public sealed record RunState(RunStatus Status, int? ExitCode, string? Message, IReadOnlyList<StepProgress> Steps);
