using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// Where each row goes in the output order of DESIGN §4.3 (dossiers, then CV requests, then equipment requests; each
/// by id, participant id and programme id, ordinally), decided before evaluating so that no sort of the rows is
/// needed: each dossier owns a region of the row buffer (in dossier-id order) large enough for its dossier-level rows
/// then its participants' rows; a participant's rows sit at its position in participant-id order within the
/// dossier, each programme at its rank among the person programme ids. Also gives the evaluation order (start date,
/// then dossier id) that the cross-dossier rules need (I-09, I-10). Buffers are kept across evaluations.
/// </summary>
internal sealed class RowLayout
{
    private static readonly int[] Slot = Slots(out DossierSlots, out PersonSlots);
    private readonly IdOrder<Dossier> _dossierOrder = new(d => d.DossierId);
    private int[] _byRank = [];
    private int[] _byDate = [];
    private int[] _start = [];
    private int[] _count = [];
    private int[] _buckets = [];
    private int _dossiers;

    /// <summary>Number of dossier-level programmes (the first slots of a dossier's region).</summary>
    public static readonly int DossierSlots;

    /// <summary>Number of person programmes (the slots of each participant).</summary>
    public static readonly int PersonSlots;

    /// <summary>Dossiers in evaluation order: start date, then dossier id (I-09, I-10).</summary>
    public ReadOnlySpan<int> DateOrder => _byDate.AsSpan(0, _dossiers);

    /// <summary>Slot of a programme within its dossier's region (dossier-level) or its participant's slots.</summary>
    public static int SlotOf(Programme programme) => Slot[(int)programme];

    /// <summary>Lays out the regions of every dossier; returns the buffer length the rows need.</summary>
    public int Prepare(IReadOnlyList<Dossier> dossiers, ParticipantIndex participants)
    {
        _dossiers = dossiers.Count;
        Buffers.Ensure(ref _byRank, _dossiers);
        Buffers.Ensure(ref _byDate, _dossiers);
        Buffers.Ensure(ref _start, _dossiers);
        Buffers.Ensure(ref _count, _dossiers);
        _dossierOrder.Sort(dossiers, _byRank);
        var next = 0;
        for (var r = 0; r < _dossiers; r++)
        {
            var d = _byRank[r];
            _start[d] = next;
            _count[d] = 0;
            next += DossierSlots + PersonSlots * participants.Of(d).Length;
        }
        SortByDate(dossiers);
        return next;
    }

    /// <summary>Start of dossier <paramref name="dossier"/>'s region in the row buffer.</summary>
    public int Start(int dossier) => _start[dossier];

    /// <summary>Records how many rows dossier <paramref name="dossier"/> wrote, packed at the start of its region.</summary>
    public void SetCount(int dossier, int count) => _count[dossier] = count;

    /// <summary>Moves every dossier's packed rows together, in dossier-id order; returns the number of rows.</summary>
    public int Pack(ResultRow[] rows)
    {
        var written = 0;
        for (var r = 0; r < _dossiers; r++)
        {
            var d = _byRank[r];
            if (_start[d] != written) Array.Copy(rows, _start[d], rows, written, _count[d]);
            written += _count[d];
        }
        return written;
    }

    /// <summary>
    /// A counting sort on the start day over the dossiers in id order: (start date, dossier id, input order) in one
    /// linear pass. Far-apart dates (a bucket table too large) fall back to a comparison sort.
    /// </summary>
    private void SortByDate(IReadOnlyList<Dossier> dossiers)
    {
        if (_dossiers == 0) return;
        int min = int.MaxValue, max = int.MinValue;
        for (var d = 0; d < _dossiers; d++)
        {
            var day = dossiers[d].StartDate.DayNumber;
            min = Math.Min(min, day);
            max = Math.Max(max, day);
        }
        var range = (long)max - min + 1;
        if (range > 4L * _dossiers + 4096)
        {
            _byRank.AsSpan(0, _dossiers).CopyTo(_byDate);
            var rank = _count; // free until the evaluation fills it
            for (var r = 0; r < _dossiers; r++) rank[_byRank[r]] = r;
            Array.Sort(_byDate, 0, _dossiers, new DateThenRank(dossiers, rank));
            Array.Clear(_count, 0, _dossiers);
            return;
        }
        Buffers.Ensure(ref _buckets, (int)range + 1);
        Array.Clear(_buckets, 0, (int)range + 1);
        for (var d = 0; d < _dossiers; d++) _buckets[dossiers[d].StartDate.DayNumber - min + 1]++;
        for (var b = 1; b <= range; b++) _buckets[b] += _buckets[b - 1];
        for (var r = 0; r < _dossiers; r++)
        {
            var d = _byRank[r];
            _byDate[_buckets[dossiers[d].StartDate.DayNumber - min]++] = d;
        }
    }

    /// <summary>Dossier-level programmes first (participant id empty sorts first), then person programmes, each group by id.</summary>
    private static int[] Slots(out int dossierSlots, out int personSlots)
    {
        var ids = ProgrammeNames.All;
        var slot = new int[ids.Count];
        dossierSlots = 0;
        personSlots = 0;
        foreach (var group in (ReadOnlySpan<bool>)[true, false])
        {
            var members = Enumerable.Range(0, ids.Count)
                .Where(p => IsDossierLevel((Programme)p) == group && !IsRequest((Programme)p))
                .OrderBy(p => ids[p], StringComparer.Ordinal).ToArray();
            for (var k = 0; k < members.Length; k++) slot[members[k]] = k;
            if (group) dossierSlots = members.Length;
            else personSlots = members.Length;
        }
        return slot;
    }

    /// <summary>The CAF family aids are evaluated once per dossier (participant id empty).</summary>
    public static bool IsDossierLevel(Programme programme) => programme is Programme.Caf35Avf or Programme.Caf35Aat or Programme.Caf35Avs;

    private static bool IsRequest(Programme programme) => programme is Programme.AncvCvPerimes or Programme.AncvEquipements;

    private sealed class DateThenRank(IReadOnlyList<Dossier> dossiers, int[] rank) : IComparer<int>
    {
        public int Compare(int a, int b)
        {
            var c = dossiers[a].StartDate.CompareTo(dossiers[b].StartDate);
            return c != 0 ? c : rank[a].CompareTo(rank[b]);
        }
    }
}
