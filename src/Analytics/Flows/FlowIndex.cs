using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Flows;

/// <summary>
/// Look-ups built once per reconstruction, keyed by dossier, so every rule runs in linear time whatever the size of
/// the operation (no scan of a whole file per dossier). Each dossier id gets a slot (the dossiers of
/// <c>dossiers.csv</c> first, in file order, then ids only other files name); the participants and grants are laid
/// out contiguously per slot in file order (a counting sort), so a dossier's rows are a segment of one array: one
/// dictionary and a few flat arrays instead of a list per dossier and per file, which keeps memory flat at millions
/// of dossiers. The eligibility decisions are kept for one part of the operation at a time (<see cref="DecisionTable"/>).
/// </summary>
internal sealed class FlowIndex
{
    private readonly Dictionary<string, int> _slots;
    private readonly List<Dossier?> _dossiers;
    private readonly int[] _slotOfDossier;
    private readonly Grouped<Participant> _participants;
    private readonly Grouped<RecordedAid> _aids;
    private readonly DecisionTable _results;
    private readonly List<int> _aidedSlots = [];
    private readonly OperationConfig _config;
    private readonly Dictionary<Dispositif, IReadOnlyList<string>?> _byDispositif = [];
    private readonly List<string> _seenProgrammes = [];

    public FlowIndex(OperationData data)
    {
        _config = data.Config;
        _slots = new Dictionary<string, int>(data.Dossiers.Count, StringComparer.Ordinal);
        _dossiers = new List<Dossier?>(data.Dossiers.Count);
        _slotOfDossier = new int[data.Dossiers.Count];
        for (var i = 0; i < data.Dossiers.Count; i++)
        {
            var id = data.Dossiers[i].DossierId;
            if (_slots.TryAdd(id, _dossiers.Count)) _dossiers.Add(data.Dossiers[i]);
            _slotOfDossier[i] = _slots[id];
        }
        KnownDossiers = _dossiers.Count;

        var aidSlots = SlotsOf(data.Aids, a => a.DossierId);
        var participantSlots = SlotsOf(data.Participants, p => p.DossierId);
        _aids = new Grouped<RecordedAid>(data.Aids, aidSlots, _dossiers.Count);
        _participants = new Grouped<Participant>(data.Participants, participantSlots, _dossiers.Count);
        _results = new DecisionTable(KnownDossiers);

        var aided = new bool[_dossiers.Count];
        foreach (var slot in aidSlots)
            if (!aided[slot]) { aided[slot] = true; _aidedSlots.Add(slot); }
    }

    /// <summary>Keeps, of rows read whole (e.g. back from <c>eligibility.csv</c>), the decisions the reconstruction reads.</summary>
    public void KeepAll(IEnumerable<EligibilityResult> eligibility)
    {
        _results.Clear();
        var reasons = new ReasonLists();
        foreach (var r in eligibility)
        {
            Evaluated(r.Programme);
            if (_slots.TryGetValue(r.DossierId, out var slot) && slot < KnownDossiers) Keep(slot, r, reasons);
        }
        _results.Seal();
    }

    /// <summary>
    /// Keeps the decisions the reconstruction reads from rows that come each dossier's together (as the engine writes
    /// them), part after part: once <paramref name="dossiersPerPart"/> dossiers have rows, <paramref name="reconstruct"/>
    /// gets their slots (in the order of their first row) and their decisions are forgotten, so one part's decisions
    /// are held, not the file's. A dossier whose rows come apart could not be reconstructed whole: refused.
    /// </summary>
    /// <exception cref="InvalidOperationException">A dossier's rows are not together.</exception>
    public void KeepGrouped(IEnumerable<EligibilityResult> eligibility, int dossiersPerPart, Action<List<int>> reconstruct)
    {
        _results.Clear();
        var reasons = new ReasonLists();
        var part = new List<int>(dossiersPerPart);
        var given = new bool[KnownDossiers];
        var last = -1;
        foreach (var r in eligibility)
        {
            Evaluated(r.Programme);
            if (!_slots.TryGetValue(r.DossierId, out var slot) || slot >= KnownDossiers) continue;
            if (slot != last)
            {
                if (given[slot]) throw new InvalidOperationException($"Les lignes d'éligibilité du dossier {r.DossierId} ne sont pas groupées.");
                if (part.Count == dossiersPerPart) Hand(part, reconstruct);
                given[slot] = true;
                part.Add(slot);
                last = slot;
            }
            Keep(slot, r, reasons);
        }
        Hand(part, reconstruct);
    }

    /// <summary>Keeps a row read back for the dossier at <paramref name="slot"/> when the reconstruction reads it.</summary>
    private void Keep(int slot, EligibilityResult r, ReasonLists reasons)
    {
        if (Reads(slot, r.Programme))
            _results.Add(slot, new Decision(r.ParticipantId, r.Programme, r.Eligible, r.AidEur, r.Eligible ? [] : reasons.Share(r.Reasons)));
    }

    private void Hand(List<int> part, Action<List<int>> reconstruct)
    {
        _results.Seal();
        reconstruct(part);
        _results.Clear();
        part.Clear();
    }

    /// <summary>Keeps, in place of the previous part's, the decisions the reconstruction reads among a part's rows.</summary>
    public void KeepPart(DecidedPart part)
    {
        _results.Clear();
        foreach (ref readonly var row in part.Rows)
        {
            var programme = row.ProgrammeId;
            Evaluated(programme);
            var dossier = part.DossierIndex(row);
            if (dossier < 0) continue;
            var slot = _slotOfDossier[dossier];
            if (!Reads(slot, programme)) continue;
            _results.Add(slot, new Decision(part.ParticipantId(row), programme, row.Eligible, row.AidEur,
                row.Eligible ? [] : row.ReasonCodes));
        }
        _results.Seal();
    }

    // The engine's programme ids (and those read back by EligibilityCsv) are a dozen shared strings: compared by
    // reference before the set is hashed.
    private void Evaluated(string programme)
    {
        foreach (var seen in _seenProgrammes)
            if (ReferenceEquals(seen, programme)) return;
        // Only a programme new to the set joins the list: rows whose ids are not shared strings hash instead.
        if (EvaluatedProgrammes.Add(programme)) _seenProgrammes.Add(programme);
    }

    // A dossier's grants are checked against the rows of the programmes granted; a dossier without grants is estimated
    // from the rows of the programmes its dispositif draws on: no other row is read.
    private bool Reads(int slot, string programme)
    {
        var aids = _aids.Of(slot);
        return aids.Count > 0 ? Granted(aids, programme) : Drawn(_byDispositif, _config, _dossiers[slot]!, programme);
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

    /// <summary>The slot of the dossier at <paramref name="position"/> in <c>dossiers.csv</c> (a duplicate id shares the first's).</summary>
    public int SlotOfDossier(int position) => _slotOfDossier[position];

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
