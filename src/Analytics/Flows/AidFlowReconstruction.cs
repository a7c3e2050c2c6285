using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Flows;

/// <summary>
/// Reconstructs who paid what for whom (DESIGN §4.4). Per dossier: the recorded grants of <c>aids.csv</c> when the
/// dossier has any; otherwise, estimated amounts for the programmes its dispositif draws on
/// (<see cref="OperationConfig.DispositifProgrammes"/>) that the eligibility engine evaluated, stacked in the
/// operation's order (<see cref="OperationConfig.StackingOrder"/>), each the programme's standalone amount (I-11)
/// capped by what remains of the cost once the beneficiary's required share is set aside
/// (<see cref="BeneficiaryShareRules"/>). Pure and linear in the number of rows.
/// </summary>
public static class AidFlowReconstruction
{
    public static AidFlowResult Reconstruct(OperationData data, IReadOnlyList<EligibilityResult> eligibility)
    {
        var index = new FlowIndex(data, eligibility);
        var lines = new List<DossierAidLine>(data.Aids.Count + data.Dossiers.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var dossier in data.Dossiers)
        {
            if (!seen.Add(dossier.DossierId)) continue;
            var recorded = index.AidsOf(dossier.DossierId);
            if (recorded.Count > 0) AddRecorded(lines, recorded, dossier);
            else Estimate(lines, dossier, data.Config, index);
        }
        // Grants naming a dossier that is not in dossiers.csv stay in the flows (so totals reconcile with aids.csv),
        // without commune or dispositif, and raise an UnknownDossier alert.
        foreach (var dossierId in index.AidedDossierIds)
            if (!index.Dossiers.ContainsKey(dossierId)) AddRecorded(lines, index.AidsOf(dossierId), null);

        var flows = Aggregate(lines);
        var alerts = ComplianceChecks.Run(index);
        decimal recordedEur = 0m, estimatedEur = 0m, fileEur = 0m;
        foreach (var line in lines)
            if (line.Estimated) estimatedEur += line.AmountEur; else recordedEur += line.AmountEur;
        foreach (var aid in data.Aids) fileEur += aid.AmountEur;

        return new AidFlowResult(lines, flows, alerts, SankeyDiagram.From(flows, data.Config.Funders),
            new FlowTotals(recordedEur, estimatedEur, fileEur));
    }

    private static void AddRecorded(List<DossierAidLine> lines, IReadOnlyList<RecordedAid> aids, Dossier? dossier)
    {
        var commune = dossier?.CommuneInsee ?? "";
        var dispositif = dossier is null ? "" : CanonicalCodes.Dispositif.ToCode(dossier.Dispositif);
        foreach (var aid in aids)
        {
            // The funder recorded in aids.csv wins; the programme id's prefix stands in when the cell is empty.
            var funder = string.IsNullOrWhiteSpace(aid.Funder) ? ProgrammeIds.FunderOf(aid.Programme) : aid.Funder;
            lines.Add(new DossierAidLine(aid.DossierId, aid.ParticipantId ?? "", funder, aid.Programme, commune,
                dispositif, aid.AmountEur, Estimated: false));
        }
    }

    private static void Estimate(List<DossierAidLine> lines, Dossier dossier, OperationConfig config, FlowIndex index)
    {
        var dispositif = CanonicalCodes.Dispositif.ToCode(dossier.Dispositif);
        if (!config.DispositifProgrammes.TryGetValue(dispositif, out var programmes)) return;
        var results = index.ResultsOf(dossier.DossierId);
        if (results.Count == 0) return;

        var candidates = new List<(string Programme, int Rank, int Position, decimal Standalone, int Helped)>();
        for (var position = 0; position < programmes.Count; position++)
        {
            var programme = programmes[position];
            if (candidates.Exists(c => c.Programme == programme)) continue;
            decimal standalone = 0m;
            var helped = 0;
            foreach (var r in results)
            {
                if (r.Programme != programme || !r.Eligible || r.AidEur <= 0m) continue;
                standalone += r.AidEur;
                helped = r.ParticipantId.Length == 0 || helped < 0 ? -1 : helped + 1;
            }
            if (standalone <= 0m) continue;
            var rank = ProgrammeIds.StackingRank(ProgrammeIds.FunderOf(programme), config.StackingOrder);
            candidates.Add((programme, rank, position, standalone, helped));
        }
        candidates.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Position.CompareTo(b.Position));

        var cost = dossier.TotalCostEur;
        var participants = index.ParticipantsOf(dossier.DossierId).Count;
        decimal allocated = 0m, beneficiaryShare = 0m;
        foreach (var c in candidates)
        {
            beneficiaryShare = Math.Max(beneficiaryShare,
                BeneficiaryShareRules.MinimumShareEur(c.Programme, cost, participants, c.Helped));
            var room = Math.Max(0m, cost - allocated - beneficiaryShare);
            var amount = Math.Min(c.Standalone, room);
            if (amount <= 0m) continue;
            allocated += amount;
            lines.Add(new DossierAidLine(dossier.DossierId, "", ProgrammeIds.FunderOf(c.Programme), c.Programme,
                dossier.CommuneInsee, dispositif, amount, Estimated: true));
        }
    }

    private static IReadOnlyList<AidFlow> Aggregate(List<DossierAidLine> lines)
    {
        var sums = new Dictionary<(string, string, string, string, bool), decimal>();
        foreach (var l in lines)
        {
            var key = (l.Funder, l.Programme, l.CommuneInsee, l.Dispositif, l.Estimated);
            sums[key] = sums.GetValueOrDefault(key) + l.AmountEur;
        }
        return sums
            .Select(kv => new AidFlow(kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Key.Item4, kv.Value, kv.Key.Item5))
            .OrderBy(f => f.Funder, StringComparer.Ordinal)
            .ThenBy(f => f.Programme, StringComparer.Ordinal)
            .ThenBy(f => f.CommuneInsee, StringComparer.Ordinal)
            .ThenBy(f => f.Dispositif, StringComparer.Ordinal)
            .ThenBy(f => f.Estimated)
            .ToArray();
    }
}
