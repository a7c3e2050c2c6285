namespace Vacances.Ingest.Sampling;

/// <summary>Row counts of a generated operation, file by file.</summary>
public sealed record SampleSummary(
    string OperationId,
    long Dossiers,
    long Participants,
    long Aids,
    decimal AidsTotalEur,
    long ProfessionalMonths,
    long CvRequests,
    long EquipmentRequests,
    long SurveyPartants,
    long SurveyProfessionnels);
