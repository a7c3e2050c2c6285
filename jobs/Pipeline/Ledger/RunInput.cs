namespace Vacances.Jobs.Pipeline.Ledger;

/// <summary>
/// One input file of a run: its path relative to the operation folder (<c>/</c>-separated) and the local file whose
/// content it is at submission (<see cref="IRunLedger.CreateRun"/> takes a copy: the run does not see later edits).
/// </summary>
public sealed record RunInput(string Name, string File);
