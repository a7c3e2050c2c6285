using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// The output order of DESIGN §4.3 (rows by kind, then id, participant id and programme id, ordinally) as integer
/// ranks computed once per evaluation, so that sorting compares integers instead of strings.
/// </summary>
internal readonly struct RowOrder : IComparer<ResultRow>
{
    private static readonly int[] ProgrammeRank = RankProgrammes();
    private readonly int[] _dossier;
    private readonly int[] _participant;
    private readonly int[] _cv;
    private readonly int[] _equipment;

    public RowOrder(OperationData data)
    {
        _dossier = Rank(data.Dossiers, d => d.DossierId);
        _participant = Rank(data.Participants, p => p.ParticipantId);
        _cv = Rank(data.CvRequests, r => r.RequestId);
        _equipment = Rank(data.EquipmentRequests, r => r.RequestId);
    }

    public int Compare(ResultRow a, ResultRow b)
    {
        var c = ((byte)a.Kind).CompareTo((byte)b.Kind);
        if (c != 0) return c;
        c = IdRank(a).CompareTo(IdRank(b));
        if (c != 0) return c;
        c = (a.Participant < 0 ? -1 : _participant[a.Participant]).CompareTo(b.Participant < 0 ? -1 : _participant[b.Participant]);
        if (c != 0) return c;
        return ProgrammeRank[(int)a.Programme].CompareTo(ProgrammeRank[(int)b.Programme]);
    }

    private int IdRank(in ResultRow row) => row.Kind switch
    {
        RowKind.Dossier => _dossier[row.Index],
        RowKind.CvRequest => _cv[row.Index],
        _ => _equipment[row.Index],
    };

    /// <summary>Each item's position in ordinal order of its id; equal ids keep their input order.</summary>
    private static int[] Rank<T>(IReadOnlyList<T> items, Func<T, string> id)
    {
        var order = new int[items.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            var c = string.CompareOrdinal(id(items[x]), id(items[y]));
            return c != 0 ? c : x.CompareTo(y);
        });
        var rank = new int[items.Count];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r;
        return rank;
    }

    private static int[] RankProgrammes()
    {
        var ids = ProgrammeNames.All;
        var rank = new int[ids.Count];
        for (var i = 0; i < ids.Count; i++)
            for (var j = 0; j < ids.Count; j++)
                if (string.CompareOrdinal(ids[j], ids[i]) < 0) rank[i]++;
        return rank;
    }
}
