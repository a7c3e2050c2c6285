namespace Vacances.Ingest.Validation;

/// <summary>The canonical files of an operation folder (DESIGN §3).</summary>
public enum FileKind
{
    /// <summary><c>operation.yaml</c> (§3.0).</summary>
    Operation,
    /// <summary><c>dossiers.csv</c> (§3.1).</summary>
    Dossiers,
    /// <summary><c>participants.csv</c> (§3.2).</summary>
    Participants,
    /// <summary><c>aids.csv</c> (§3.3).</summary>
    Aids,
    /// <summary><c>cv_requests.csv</c> (§3.4).</summary>
    CvRequests,
    /// <summary><c>equipment_requests.csv</c> (§3.4).</summary>
    EquipmentRequests,
    /// <summary><c>professionals.csv</c> (§3.5).</summary>
    Professionals,
    /// <summary><c>survey/codebook.json</c> (§3.5).</summary>
    SurveyCodebook,
    /// <summary><c>survey/partants.csv</c> (§3.5).</summary>
    SurveyPartants,
    /// <summary><c>survey/professionnels.csv</c> (§3.5).</summary>
    SurveyProfessionnels,
}
