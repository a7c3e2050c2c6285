using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Flows;

/// <summary>
/// Look-ups built once per reconstruction, keyed by dossier, so every rule runs in linear time whatever the size of
/// the operation (no scan of a whole file per dossier). Each dossier id gets a slot (the dossiers of
/// <c>dossiers.csv</c> first, in file order, then ids only other files name); the participants, grants and
/// eligibility rows are laid out contiguously per slot in file order (a counting sort), so a dossier's rows are a
/// segment of one array: one dictionary and a few flat arrays instead of a list per dossier and per file, which
/// keeps memory flat at millions of dossiers.
/// </summary>
internal sealed class FlowIndex
{
    private readonly Dictionary<string, int> _slots;
    private readonly List<Dossier?> _dossiers;
    private readonly Grouped<Participant> _participants;
    private readonly Grouped<RecordedAid> _aids;
    private readonly Grouped<Decision> _results;
    private readonly List<int> _aidedSlots = [];

    public FlowIndex(OperationData data, IEnumerable<EligibilityResult> eligibility)
    {
        _slots = new Dictionary<string, int>(data.Dossiers.Count, StringComparer.Ordinal);
        _dossiers = new List<Dossier?>(data.Dossiers.Count);
        foreach (var d in data.Dossiers)
            if (_slots.TryAdd(d.DossierId, _dossiers.Count)) _dossiers.Add(d);
        KnownDossiers = _dossiers.Count;

        var aidSlots = SlotsOf(data.Aids, a => a.DossierId);
        var participantSlots = SlotsOf(data.Participants, p => p.DossierId);
        _aids = new Grouped<RecordedAid>(data.Aids, aidSlots, _dossiers.Count);
        _participants = new Grouped<Participant>(data.Participants, participantSlots, _dossiers.Count);
        _results = Keep(eligibility, data.Config);

        var aided = new bool[_dossiers.Count];
        foreach (var slot in aidSlots)
            if (!aided[slot]) { aided[slot] = true; _aidedSlots.Add(slot); }
    }

    /// <summary>
    /// The eligibility rows the reconstruction reads, taken one at a time from <paramref name="eligibility"/> (which
    /// may build each row on demand): for a dossier with grants, the rows of its granted programmes (the compliance
    /// checks); for one without, the rows of its dispositif's programmes (the estimate). Every row still counts in
    /// <see cref="EvaluatedProgrammes"/>. The rest (other programmes, requests that are not dossiers) is dropped.
    /// </summary>
    private Grouped<Decision> Keep(IEnumerable<EligibilityResult> eligibility, OperationConfig config)
    {
        var decisions = new Decision[1024];
        var kept = 0;
        var slots = new List<int>();
        var offset = new int[KnownDossiers];
        var count = new int[KnownDossiers];
        var contiguous = true;
        var last = -1;
        var reasons = new ReasonLists();
        var byDispositif = new Dictionary<Dispositif, IReadOnlyList<string>?>();
        foreach (var r in eligibility)
        {
            EvaluatedProgrammes.Add(r.Programme);
            if (!_slots.TryGetValue(r.DossierId, out var slot) || slot >= KnownDossiers) continue;
            var aids = _aids.Of(slot);
            if (aids.Count > 0 ? !Granted(aids, r.Programme) : !Drawn(byDispositif, config, _dossiers[slot]!, r.Programme)) continue;
            if (slot != last)
            {
                if (count[slot] > 0) contiguous = false;
                else offset[slot] = kept;
                last = slot;
            }
            count[slot]++;
            if (kept == decisions.Length) Array.Resize(ref decisions, kept * 2);
            decisions[kept++] = new Decision(r.ParticipantId, r.Programme, r.Eligible, r.AidEur, r.Eligible ? [] : reasons.Share(r.Reasons));
            slots.Add(slot);
        }
        // The engine writes each dossier's rows together (DESIGN §4.3 order): then they are grouped already and
        // are not copied a second time; otherwise they are grouped by a counting sort.
        return contiguous
            ? new Grouped<Decision>(decisions, offset, count)
            : new Grouped<Decision>(new ArraySegment<Decision>(decisions, 0, kept), slots, KnownDossiers);
    }

    private static bool Granted(ArraySegment<RecordedAid> aids, string programme)
    {
        foreach (var a in aids)
            if (a.Programme == programme) return true;
        return false;
    }

    private static bool Drawn(Dictionary<Dispositif, IReadOnlyList<string>?> byDispositif, OperationConfig config, Dossier dossier, string programme)
    {
        if (!byDispositif.TryGetValue(dossier.Dispositif, out var programmes))
            byDispositif[dossier.Dispositif] = programmes =
                config.DispositifProgrammes.TryGetValue(CanonicalCodes.Dispositif.ToCode(dossier.Dispositif), out var p) ? p : null;
        if (programmes is null) return false;
        foreach (var p in programmes)
            if (p == programme) return true;
        return false;
    }

    /// <summary>Slots below this one are dossiers of <c>dossiers.csv</c>; the others are ids only other files name.</summary>
    public int KnownDossiers { get; }

    /// <summary>Programmes the eligibility engine evaluated somewhere in the operation.</summary>
    public HashSet<string> EvaluatedProgrammes { get; } = new(StringComparer.Ordinal);

    /// <summary>Slots of the dossier ids named by <c>aids.csv</c>, in file order of their first grant.</summary>
    public IReadOnlyList<int> AidedSlots => _aidedSlots;

    /// <summary>The slot of a dossier id, -1 when no file names it.</summary>
    public int SlotOf(string dossierId) => _slots.TryGetValue(dossierId, out var slot) ? slot : -1;

    /// <summary>The dossier of a slot (the first row of <c>dossiers.csv</c> with that id), null when unknown.</summary>
    public Dossier? DossierAt(int slot) => _dossiers[slot];

    public ArraySegment<Participant> ParticipantsAt(int slot) => slot < 0 ? [] : _participants.Of(slot);

    public ArraySegment<RecordedAid> AidsAt(int slot) => slot < 0 ? [] : _aids.Of(slot);

    /// <summary>The eligibility rows of a dossier of <c>dossiers.csv</c> that the reconstruction reads (see <see cref="Keep"/>).</summary>
    public ArraySegment<Decision> ResultsAt(int slot) => slot < 0 || slot >= KnownDossiers ? [] : _results.Of(slot);

    /// <summary>The slot of each row's dossier id, adding a slot for an id <c>dossiers.csv</c> does not hold.</summary>
    private int[] SlotsOf<T>(IReadOnlyList<T> rows, Func<T, string> dossierId)
    {
        var slots = new int[rows.Count];
        for (var i = 0; i < slots.Length; i++)
        {
            var id = dossierId(rows[i]);
            if (!_slots.TryGetValue(id, out var slot))
            {
                _slots[id] = slot = _dossiers.Count;
                _dossiers.Add(null);
            }
            slots[i] = slot;
        }
        return slots;
    }

    /// <summary>Each slot's rows as one segment of an array, in their original order.</summary>
    private sealed class Grouped<T>
    {
        private readonly T[] _rows;
        private readonly int[] _offset;
        private readonly int[] _count;

        /// <summary>Rows already contiguous per slot: <paramref name="count"/> rows from <paramref name="offset"/>.</summary>
        public Grouped(T[] rows, int[] offset, int[] count) => (_rows, _offset, _count) = (rows, offset, count);

        /// <summary>Rows reordered so that each slot's rows are contiguous, in their original order (a stable counting sort).</summary>
        public Grouped(IReadOnlyList<T> rows, IReadOnlyList<int> slots, int slotCount)
        {
            _count = new int[slotCount];
            _offset = new int[slotCount];
            foreach (var slot in slots) _count[slot]++;
            for (var s = 1; s < slotCount; s++) _offset[s] = _offset[s - 1] + _count[s - 1];
            var next = (int[])_offset.Clone();
            _rows = new T[rows.Count];
            for (var i = 0; i < slots.Count; i++) _rows[next[slots[i]]++] = rows[i];
        }

        public ArraySegment<T> Of(int slot) => slot < _count.Length ? new ArraySegment<T>(_rows, _offset[slot], _count[slot]) : [];
    }
}
