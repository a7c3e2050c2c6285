using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// The participants of each dossier, in file order, as one index array with offsets. Participants pointing to no
/// dossier are left out. Rebuilt by <see cref="Build"/> for each evaluation in buffers kept across evaluations.
/// </summary>
internal sealed class ParticipantIndex
{
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly Func<string, int> _positionOf;
    private int[] _owner = [];
    private int[] _offsets = [0];
    private int[] _indexes = [];

    // One delegate for the index's life: building allocates nothing once the buffers are large enough.
    public ParticipantIndex() => _positionOf = id => _byId.TryGetValue(id, out var d) ? d : -1;

    public void Build(IReadOnlyList<Dossier> dossiers, IReadOnlyList<Participant> participants)
    {
        _byId.Clear();
        _byId.EnsureCapacity(dossiers.Count);
        for (var d = 0; d < dossiers.Count; d++) _byId.TryAdd(dossiers[d].DossierId, d);
        Buffers.Ensure(ref _owner, participants.Count);
        Buffers.Ensure(ref _indexes, participants.Count);
        Buffers.Ensure(ref _offsets, dossiers.Count + 1);
        Array.Clear(_offsets, 0, dossiers.Count + 1);
        ParticipantOwners.Find(_positionOf, participants, _owner);
        for (var p = 0; p < participants.Count; p++)
            if (_owner[p] >= 0) _offsets[_owner[p] + 1]++;
        for (var d = 0; d < dossiers.Count; d++) _offsets[d + 1] += _offsets[d];
        for (var p = 0; p < participants.Count; p++)
        {
            var d = _owner[p];
            if (d >= 0) _indexes[_offsets[d]++] = p;
        }
        // The fill above advanced each offset to its dossier's end: shift back by one dossier.
        for (var d = dossiers.Count; d > 0; d--) _offsets[d] = _offsets[d - 1];
        _offsets[0] = 0;
    }

    /// <summary>Indexes (into the participants list) of dossier <paramref name="dossier"/>'s participants.</summary>
    public ReadOnlySpan<int> Of(int dossier) => _indexes.AsSpan(_offsets[dossier], _offsets[dossier + 1] - _offsets[dossier]);
}
