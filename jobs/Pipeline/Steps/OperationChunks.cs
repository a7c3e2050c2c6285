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

    /// <summary>
    /// Every chunk's part at once, in one pass over the operation (rather than one pass per chunk): the same
    /// parts as <see cref="Select"/>, rows in the operation's order, keyed by <see cref="Keys"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, OperationData> Partition(OperationData data)
    {
        var dossiers = new Dictionary<string, List<Dossier>>(StringComparer.Ordinal);
        // A dossier id is in every commune one of its rows names (as Select would put it), usually one.
        var communesOf = new Dictionary<string, List<string>>(data.Dossiers.Count, StringComparer.Ordinal);
        foreach (var dossier in data.Dossiers)
        {
            if (!dossiers.TryGetValue(dossier.CommuneInsee, out var list)) dossiers[dossier.CommuneInsee] = list = [];
            list.Add(dossier);
            if (!communesOf.TryGetValue(dossier.DossierId, out var communes)) communesOf[dossier.DossierId] = communes = new List<string>(1);
            if (!communes.Contains(dossier.CommuneInsee)) communes.Add(dossier.CommuneInsee);
        }
        var participants = dossiers.Keys.ToDictionary(k => k, _ => new List<Participant>(), StringComparer.Ordinal);
        foreach (var participant in data.Participants)
            if (communesOf.TryGetValue(participant.DossierId, out var communes))
                foreach (var commune in communes) participants[commune].Add(participant);
        var aids = dossiers.Keys.ToDictionary(k => k, _ => new List<RecordedAid>(), StringComparer.Ordinal);
        foreach (var aid in data.Aids)
            if (communesOf.TryGetValue(aid.DossierId, out var communes))
                foreach (var commune in communes) aids[commune].Add(aid);
        var parts = dossiers.ToDictionary(p => p.Key, p => data with
        {
            Dossiers = p.Value,
            Participants = participants[p.Key],
            Aids = aids[p.Key],
            CvRequests = [],
            EquipmentRequests = [],
        }, StringComparer.Ordinal);
        if (data.CvRequests.Count > 0 || data.EquipmentRequests.Count > 0)
            parts[Requests] = Select(data, Requests);
        return parts;
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
