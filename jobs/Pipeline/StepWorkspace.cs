namespace Vacances.Jobs.Pipeline;

/// <summary>
/// The local folders one job works in. <see cref="DataDirectory"/> holds the run's input files exactly as they
/// were submitted (read-only for steps); <see cref="RunDirectory"/> holds the artefacts of the earlier steps,
/// and what the step writes there is stored in the ledger when it returns. Paths of artefacts relative to
/// <see cref="RunDirectory"/> are the paths of the output folder of <c>vacances bilan</c> / <c>vacances run</c>.
/// </summary>
public sealed record StepWorkspace(string DataDirectory, string RunDirectory);
