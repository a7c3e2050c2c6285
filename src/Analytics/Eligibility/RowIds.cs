using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility;

/// <summary>The ids of a result row, read back from the evaluated input (no string is built).</summary>
internal static class RowIds
{
    /// <summary>The dossier id (or request id) of a row.</summary>
    public static string Of(OperationData data, in ResultRow row) => row.Kind switch
    {
        RowKind.Dossier => data.Dossiers[row.Index].DossierId,
        RowKind.CvRequest => data.CvRequests[row.Index].RequestId,
        _ => data.EquipmentRequests[row.Index].RequestId,
    };

    /// <summary>The participant id of a row, empty for dossier-level programmes and requests.</summary>
    public static string ParticipantOf(OperationData data, in ResultRow row) =>
        row.Participant < 0 ? "" : data.Participants[row.Participant].ParticipantId;
}
