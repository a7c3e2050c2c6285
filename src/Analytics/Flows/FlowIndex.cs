using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Flows;

/// <summary>
/// Look-ups built once per reconstruction, keyed by dossier id, so every rule runs in linear time whatever the size
/// of the operation (no scan of a whole file per dossier).
/// </summary>
internal sealed class FlowIndex
{
    private static readonly IReadOnlyList<Participant> NoParticipants = [];
    private static readonly IReadOnlyList<EligibilityResult> NoResults = [];
    private static readonly IReadOnlyList<RecordedAid> NoAids = [];

    private readonly Dictionary<string, List<Participant>> _participants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EligibilityResult>> _results = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RecordedAid>> _aids = new(StringComparer.Ordinal);

    public FlowIndex(OperationData data, IReadOnlyList<EligibilityResult> eligibility)
    {
        Dossiers = new Dictionary<string, Dossier>(data.Dossiers.Count, StringComparer.Ordinal);
        foreach (var d in data.Dossiers) Dossiers.TryAdd(d.DossierId, d);
        foreach (var p in data.Participants) GetOrAdd(_participants, p.DossierId).Add(p);
        foreach (var a in data.Aids) GetOrAdd(_aids, a.DossierId).Add(a);
        foreach (var r in eligibility)
        {
            GetOrAdd(_results, r.DossierId).Add(r);
            EvaluatedProgrammes.Add(r.Programme);
        }
    }

    public Dictionary<string, Dossier> Dossiers { get; }

    /// <summary>Programmes the eligibility engine evaluated somewhere in the operation.</summary>
    public HashSet<string> EvaluatedProgrammes { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Participant> ParticipantsOf(string dossierId) =>
        _participants.TryGetValue(dossierId, out var list) ? list : NoParticipants;

    public IReadOnlyList<EligibilityResult> ResultsOf(string dossierId) =>
        _results.TryGetValue(dossierId, out var list) ? list : NoResults;

    public IReadOnlyList<RecordedAid> AidsOf(string dossierId) =>
        _aids.TryGetValue(dossierId, out var list) ? list : NoAids;

    /// <summary>Dossier ids named by <c>aids.csv</c>, in file order of their first grant.</summary>
    public IEnumerable<string> AidedDossierIds => _aids.Keys;

    private static List<T> GetOrAdd<T>(Dictionary<string, List<T>> map, string key)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }
}
