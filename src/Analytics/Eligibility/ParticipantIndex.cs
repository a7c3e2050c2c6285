using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// The participants of each dossier, in file order, as one index array with offsets (built once per evaluation).
/// Participants pointing to no dossier are left out.
/// </summary>
internal sealed class ParticipantIndex
{
    private readonly int[] _offsets;
    private readonly int[] _indexes;

    public ParticipantIndex(IReadOnlyList<Dossier> dossiers, IReadOnlyList<Participant> participants)
    {
        var byId = new Dictionary<string, int>(dossiers.Count, StringComparer.Ordinal);
        for (var d = 0; d < dossiers.Count; d++) byId.TryAdd(dossiers[d].DossierId, d);
        var owner = new int[participants.Count];
        _offsets = new int[dossiers.Count + 1];
        for (var p = 0; p < participants.Count; p++)
        {
            owner[p] = byId.TryGetValue(participants[p].DossierId, out var d) ? d : -1;
            if (owner[p] >= 0) _offsets[owner[p] + 1]++;
        }
        for (var d = 0; d < dossiers.Count; d++) _offsets[d + 1] += _offsets[d];
        _indexes = new int[_offsets[^1]];
        var next = _offsets[..^1];
        for (var p = 0; p < participants.Count; p++)
            if (owner[p] >= 0) _indexes[next[owner[p]]++] = p;
    }

    /// <summary>Indexes (into the participants list) of dossier <paramref name="dossier"/>'s participants.</summary>
    public ReadOnlySpan<int> Of(int dossier) => _indexes.AsSpan(_offsets[dossier], _offsets[dossier + 1] - _offsets[dossier]);
}
