namespace Vacances.Jobs.Pipeline.Ledger;

/// <summary>Progress of one step of a run: how many of its chunks are done out of how many (1 for a single job).</summary>
public sealed record StepProgress(string Step, int Done, int Total);
