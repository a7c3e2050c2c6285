namespace Vacances.Ingest.Model;

/// <summary>
/// The accepted rows of one operation, as the pure computations (rules, indicators, statistics) read them.
/// Collections are in file order; optional files give empty collections (or a null survey).
/// </summary>
public sealed record OperationData
{
    public required OperationConfig Config { get; init; }
    public IReadOnlyList<Dossier> Dossiers { get; init; } = [];
    public IReadOnlyList<Participant> Participants { get; init; } = [];
    public IReadOnlyList<RecordedAid> Aids { get; init; } = [];
    public IReadOnlyList<CvRequest> CvRequests { get; init; } = [];
    public IReadOnlyList<EquipmentRequest> EquipmentRequests { get; init; } = [];
    public IReadOnlyList<ProfessionalMonth> Professionals { get; init; } = [];
    public SurveyData? Survey { get; init; }
}
