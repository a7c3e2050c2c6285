using Vacances.Ingest.Model;

namespace Vacances.Analytics.Flows;

/// <summary>
/// One reconstruction (<see cref="AidFlowReconstruction"/>) under way: the dossiers are added as their eligibility
/// rows become available, then the flows, alerts and totals are made once.
/// </summary>
internal sealed class ReconstructionRun
{
    private readonly OperationData _data;
    private readonly FlowLines _lines;
    private readonly ProgrammeFacts _programmes;
    private readonly List<Candidate> _candidates = [];
    private readonly ComplianceChecks _checks;
    private readonly bool[] _done;

    public ReconstructionRun(OperationData data)
    {
        _data = data;
        Index = new FlowIndex(data);
        _lines = new FlowLines(data.Aids.Count + data.Dossiers.Count);
        _programmes = new ProgrammeFacts(data.Config.StackingOrder);
        _done = new bool[Index.KnownDossiers];
        _checks = new ComplianceChecks(Index);
    }

    /// <summary>The look-ups, holding the eligibility decisions of the dossiers about to be added.</summary>
    public FlowIndex Index { get; }

    /// <summary>
    /// Adds the dossiers at these positions of <c>dossiers.csv</c> (a duplicate id once): their recorded grants,
    /// checked against the rules, or their estimated aids. Their eligibility decisions must be in <see cref="Index"/>.
    /// </summary>
    public void AddDossiers(ReadOnlySpan<int> positions, IReadOnlySet<string> checkable)
    {
        foreach (var position in positions) AddSlot(Index.SlotOfDossier(position), checkable);
    }

    /// <summary>Adds, in <c>dossiers.csv</c> order, every dossier not added yet, with the decisions <see cref="Index"/> holds for it (none once parts are done).</summary>
    public void AddRemainingDossiers(IReadOnlySet<string> checkable)
    {
        for (var position = 0; position < _data.Dossiers.Count; position++) AddSlot(Index.SlotOfDossier(position), checkable);
    }

    /// <summary>As <see cref="AddDossiers"/>, the dossiers given by their slots in <see cref="Index"/>.</summary>
    public void AddSlots(List<int> slots, IReadOnlySet<string> checkable)
    {
        foreach (var slot in slots) AddSlot(slot, checkable);
    }

    private void AddSlot(int slot, IReadOnlySet<string> checkable)
    {
        if (_done[slot]) return;
        _done[slot] = true;
        var recorded = Index.AidsAt(slot);
        if (recorded.Count > 0)
        {
            AddRecorded(_lines, recorded, Index.DossierAt(slot), _programmes);
            _checks.CheckDossier(slot, checkable);
        }
        else Estimate(_lines, Index.DossierAt(slot)!, slot, _data.Config, Index, _programmes, _candidates);
    }

    /// <summary>The flows once every dossier is added.</summary>
    public AidFlowResult Finish()
    {
        // F-05: grants naming a dossier that is not in dossiers.csv stay in the flows (so totals reconcile with aids.csv),
        // without commune or dispositif, and raise an UnknownDossier alert.
        foreach (var slot in Index.AidedSlots)
            if (slot >= Index.KnownDossiers) AddRecorded(_lines, Index.AidsAt(slot), null, _programmes);

        // The alerts (a sort of the aided dossiers, a look-up per person) and the flows (a look-up per line) are
        // independent: made side by side.
        var checking = Task.Run(_checks.Finish);
        var flows = Aggregate(_lines);
        decimal recordedEur = 0m, estimatedEur = 0m, fileEur = 0m;
        foreach (var line in _lines)
            if (line.Estimated) estimatedEur += line.AmountEur; else recordedEur += line.AmountEur;
        foreach (var aid in _data.Aids) fileEur += aid.AmountEur;

        return new AidFlowResult(_lines, flows, checking.GetAwaiter().GetResult(), SankeyDiagram.From(flows, _data.Config.Funders),
            new FlowTotals(recordedEur, estimatedEur, fileEur));
    }

    private static void AddRecorded(FlowLines lines, ArraySegment<RecordedAid> aids, Dossier? dossier, ProgrammeFacts programmes)
    {
        var commune = dossier?.CommuneInsee ?? "";
        var dispositif = dossier is null ? "" : CanonicalCodes.Dispositif.ToCode(dossier.Dispositif);
        foreach (var aid in aids)
        {
            // F-04: the funder recorded in aids.csv wins; the programme id's prefix stands in when the cell is empty.
            var funder = string.IsNullOrWhiteSpace(aid.Funder) ? programmes.FunderOf(aid.Programme) : aid.Funder;
            lines.Add(new DossierAidLine(aid.DossierId, aid.ParticipantId ?? "", funder, aid.Programme, commune,
                dispositif, aid.AmountEur, Estimated: false));
        }
    }

    /// <summary>A programme the dossier's dispositif draws on with an eligible standalone amount.</summary>
    private readonly record struct Candidate(string Programme, int Rank, int Position, decimal Standalone, int Helped);

    private static void Estimate(FlowLines lines, Dossier dossier, int slot, OperationConfig config,
        FlowIndex index, ProgrammeFacts programmeFacts, List<Candidate> candidates)
    {
        var dispositif = CanonicalCodes.Dispositif.ToCode(dossier.Dispositif);
        if (!config.DispositifProgrammes.TryGetValue(dispositif, out var programmes)) return;
        var results = index.ResultsAt(slot);
        if (results.Count == 0) return;

        candidates.Clear();
        for (var position = 0; position < programmes.Count; position++)
        {
            var programme = programmes[position];
            if (Listed(candidates, programme)) continue;
            decimal standalone = 0m;
            var helped = 0;
            foreach (var r in results)
            {
                if (r.Programme != programme || !r.Eligible || r.AidEur <= 0m) continue;
                standalone += r.AidEur;
                helped = r.ParticipantId.Length == 0 || helped < 0 ? -1 : helped + 1;
            }
            if (standalone <= 0m) continue;
            candidates.Add(new Candidate(programme, programmeFacts.RankOf(programme), position, standalone, helped));
        }
        if (candidates.Count == 0) return;
        candidates.Sort((a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Position.CompareTo(b.Position));

        var cost = dossier.TotalCostEur;
        var participants = index.ParticipantsAt(slot).Count;
        decimal allocated = 0m, beneficiaryShare = 0m;
        foreach (var c in candidates)
        {
            beneficiaryShare = Math.Max(beneficiaryShare,
                BeneficiaryShareRules.MinimumShareEur(c.Programme, cost, participants, c.Helped));
            var room = Math.Max(0m, cost - allocated - beneficiaryShare);
            var amount = Math.Min(c.Standalone, room);
            if (amount <= 0m) continue;
            allocated += amount;
            lines.Add(new DossierAidLine(dossier.DossierId, "", programmeFacts.FunderOf(c.Programme), c.Programme,
                dossier.CommuneInsee, dispositif, amount, Estimated: true));
        }
    }

    private static bool Listed(List<Candidate> candidates, string programme)
    {
        foreach (var c in candidates)
            if (c.Programme == programme) return true;
        return false;
    }

    private static IReadOnlyList<AidFlow> Aggregate(FlowLines lines) =>
        lines.Sums()
            .OrderBy(f => f.Funder, StringComparer.Ordinal)
            .ThenBy(f => f.Programme, StringComparer.Ordinal)
            .ThenBy(f => f.CommuneInsee, StringComparer.Ordinal)
            .ThenBy(f => f.Dispositif, StringComparer.Ordinal)
            .ThenBy(f => f.Estimated)
            .ToArray();
}
