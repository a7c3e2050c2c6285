using Vacances.Ingest.Model;

namespace Vacances.Jobs.Pipeline.Steps;

/// <summary>
/// The eligibility fan-out: one chunk per residence commune (a household's dossiers stay in its commune, so the
/// once-a-year rules I-09 and I-10 never cross two chunks) and one chunk, <see cref="Requests"/>, for the
/// expired Chèques-Vacances and equipment requests, which belong to no dossier.
/// </summary>
public static class OperationChunks
{
    public const string Requests = "demandes";

    /// <summary>The communes with dossiers in ordinal order, then <see cref="Requests"/> when there are requests.</summary>
    public static IReadOnlyList<string> Keys(OperationData data)
    {
        var keys = data.Dossiers.Select(d => d.CommuneInsee).Distinct().Order(StringComparer.Ordinal).ToList();
        if (data.CvRequests.Count > 0 || data.EquipmentRequests.Count > 0) keys.Add(Requests);
        return keys;
    }

    /// <summary>The part of the operation a chunk evaluates: its dossiers with their participants and aids, or the requests.</summary>
    public static OperationData Select(OperationData data, string chunk)
    {
        if (chunk == Requests) return data with { Dossiers = [], Participants = [], Aids = [] };
        var dossiers = data.Dossiers.Where(d => d.CommuneInsee == chunk).ToList();
        var ids = dossiers.Select(d => d.DossierId).ToHashSet(StringComparer.Ordinal);
        return data with
        {
            Dossiers = dossiers,
            Participants = [.. data.Participants.Where(p => ids.Contains(p.DossierId))],
            Aids = [.. data.Aids.Where(a => ids.Contains(a.DossierId))],
            CvRequests = [],
            EquipmentRequests = [],
        };
    }
}
