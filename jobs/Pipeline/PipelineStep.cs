namespace Vacances.Jobs.Pipeline;

/// <summary>
/// The steps of the pipeline (DESIGN §2 « The pipeline as Hangfire jobs »), their order and their Hangfire
/// queue. Ingest fans out per input file and eligibility per chunk of dossiers; the fan-in of each is the
/// ledger's atomic counter (<see cref="Ledger.IRunLedger.CompleteChunk"/>). The other steps are single jobs
/// chained as continuations.
/// </summary>
public static class PipelineStep
{
    public const string Ingest = "ingest";
    public const string Eligibility = "eligibility";
    public const string Flows = "flows";
    public const string Survey = "survey";
    public const string Indicators = "indicators";
    public const string Reports = "reports";

    /// <summary>Steps in execution order: what the progress display lists.</summary>
    public static IReadOnlyList<string> All { get; } = [Ingest, Eligibility, Flows, Survey, Indicators, Reports];

    /// <summary>French label of a step, for the progress display.</summary>
    public static string Label(string step) => step switch
    {
        Ingest => "Lecture et validation des fichiers",
        Eligibility => "Éligibilité aux aides",
        Flows => "Flux d'aides",
        Survey => "Enquêtes",
        Indicators => "Indicateurs",
        Reports => "Rapports",
        _ => step,
    };
}
