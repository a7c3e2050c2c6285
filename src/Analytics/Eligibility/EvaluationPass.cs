using Vacances.Analytics.Eligibility.Programmes;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// Evaluations of whole operations, reusing its buffers from one to the next. Dossiers are visited in start-date then
/// dossier-id order so that the cross-dossier rules see earlier stays first: once a year for the ANCV person aids
/// (I-09) and the CAF yearly limits (I-10). Every programme of every applicable rule set is evaluated for every
/// dossier or participant whose stay starts in the programme's period and whose dossier is in its territory (I-08,
/// I-11). Rows are written straight to their output place (<see cref="RowLayout"/>); parameters are resolved once
/// per start date (<see cref="ResolvedParameters{T}"/>). Without explanations nothing is allocated per row, and a
/// reused pass allocates nothing once its buffers have grown to the operation's size.
/// </summary>
internal sealed class EvaluationPass
{
    private readonly ProgrammeRules _rules;
    private readonly StayContext _stay = new();
    private readonly Trace _trace = new();
    private readonly ParticipantIndex _index = new();
    private readonly RowLayout _layout = new();
    private readonly IdOrder<CvRequest> _cvOrder = new(r => r.RequestId);
    private readonly IdOrder<EquipmentRequest> _equipmentOrder = new(r => r.RequestId);
    private readonly List<string> _explanations = [];
    private readonly Dictionary<(string Person, int Year), int> _aidedIn = [];
    private readonly Dictionary<(string Household, int Year), int> _avfNights = [];
    private readonly Dictionary<(string Household, int Year), int> _avsNights = [];
    private readonly Dictionary<(string Child, int Year), (int Nights, decimal Received)> _aveUsed = [];
    private readonly ResolvedParameters<ApvParameters> _apv;
    private readonly ResolvedParameters<BsvParameters> _bsv;
    private readonly ResolvedParameters<Depart1825Parameters> _depart1825;
    private readonly ResolvedParameters<SeniorsParameters> _seniors;
    private readonly ResolvedParameters<PratiqueSportiveParameters> _sport;
    private readonly ResolvedParameters<ApvAppuiParameters> _appui;
    private readonly ResolvedParameters<AvfParameters> _avf;
    private readonly ResolvedParameters<AatParameters> _aat;
    private readonly ResolvedParameters<AvsParameters> _avs;
    private readonly ResolvedParameters<AveParameters> _ave;
    private ResultRow[] _rows = [];
    private bool[] _filled = new bool[64];
    private int[] _position = new int[16];
    private int[] _order = [];
    private OperationData _data = null!;
    private int _region;

    public EvaluationPass(ProgrammeRules rules)
    {
        _rules = rules;
        _apv = new(rules.Apv.Segments);
        _bsv = new(rules.Bsv.Segments);
        _depart1825 = new(rules.Depart1825.Segments);
        _seniors = new(rules.Seniors.Segments);
        _sport = new(rules.PratiqueSportive.Segments);
        _appui = new(rules.ApvAppui.Segments);
        _avf = new(rules.Avf.Segments);
        _aat = new(rules.Aat.Segments);
        _avs = new(rules.Avs.Segments);
        _ave = new(rules.Ave.Segments);
    }

    /// <summary>The rows of the last evaluation, in output order (valid until the next one).</summary>
    public ReadOnlySpan<ResultRow> Rows => _rows.AsSpan(0, RowCount);

    /// <summary>The row buffer of the last evaluation (its first <see cref="RowCount"/> rows).</summary>
    public ResultRow[] Buffer => _rows;

    public int RowCount { get; private set; }

    /// <summary>The explanations built by the last evaluation (indexed by <c>ResultRow.Explanation</c>).</summary>
    public IReadOnlyList<string> Explanations => _explanations;

    /// <summary>
    /// Evaluates every programme over <paramref name="data"/>; explanations are built for the dossiers
    /// <paramref name="explainDossier"/> selects and, when <paramref name="explainRequests"/>, for the requests.
    /// </summary>
    public ReadOnlySpan<ResultRow> Run(OperationData data, Func<Dossier, bool>? explainDossier, bool explainRequests)
    {
        _data = data;
        _explanations.Clear();
        _aidedIn.Clear();
        _avfNights.Clear();
        _avsNights.Clear();
        _aveUsed.Clear();
        _index.Build(data.Dossiers, data.Participants);
        var length = _layout.Prepare(data.Dossiers, _index) + data.CvRequests.Count + data.EquipmentRequests.Count;
        Buffers.Ensure(ref _rows, length);
        foreach (var d in _layout.DateOrder)
        {
            var dossier = data.Dossiers[d];
            var participants = _index.Of(d);
            _stay.Load(dossier, participants, data.Participants);
            Resolve(dossier);
            var trace = explainDossier is not null && explainDossier(dossier) ? _trace : null;
            OpenRegion(d, participants);
            for (var i = 0; i < _stay.Count; i++) EvaluatePerson(d, i, participants[i], trace);
            EvaluateCafFamily(d, trace);
            CloseRegion(d, participants.Length);
        }
        _data = null!;
        RowCount = EvaluateRequests(data, _layout.Pack(_rows), explainRequests ? _trace : null);
        return Rows;
    }

    private void Resolve(Dossier dossier)
    {
        var day = dossier.StartDate;
        var commune = dossier.CommuneInsee;
        _apv.Resolve(day, commune);
        _bsv.Resolve(day, commune);
        _depart1825.Resolve(day, commune);
        _seniors.Resolve(day, commune);
        _sport.Resolve(day, commune);
        _appui.Resolve(day, commune);
        _avf.Resolve(day, commune);
        _aat.Resolve(day, commune);
        _avs.Resolve(day, commune);
        _ave.Resolve(day, commune);
    }

    /// <summary>Each participant's position in participant-id order within the dossier (equal ids: input order).</summary>
    private void OpenRegion(int d, ReadOnlySpan<int> participants)
    {
        _region = _layout.Start(d);
        var k = participants.Length;
        Buffers.Ensure(ref _position, k);
        Buffers.Ensure(ref _filled, RowLayout.DossierSlots + RowLayout.PersonSlots * k);
        Array.Clear(_filled, 0, RowLayout.DossierSlots + RowLayout.PersonSlots * k);
        var people = _data.Participants;
        for (var i = 0; i < k; i++)
        {
            var rank = 0;
            var id = people[participants[i]].ParticipantId;
            for (var j = 0; j < k; j++)
            {
                if (j == i) continue;
                var c = string.CompareOrdinal(people[participants[j]].ParticipantId, id);
                if (c < 0 || (c == 0 && participants[j] < participants[i])) rank++;
            }
            _position[i] = rank;
        }
    }

    /// <summary>Packs the dossier's written slots at the start of its region, in slot order.</summary>
    private void CloseRegion(int d, int participants)
    {
        var slots = RowLayout.DossierSlots + RowLayout.PersonSlots * participants;
        var written = 0;
        for (var s = 0; s < slots; s++)
        {
            if (!_filled[s]) continue;
            if (s != written) _rows[_region + written] = _rows[_region + s];
            written++;
        }
        _layout.SetCount(d, written);
    }

    private void EvaluatePerson(int d, int i, int participant, Trace? trace)
    {
        var year = _stay.Dossier.StartDate.Year;
        int apv = -1, depart1825 = -1, seniors = -1;
        var seniorsUnlimited = false;
        if (_apv.Applies)
            apv = AddPerson(d, i, participant, Programme.AncvApv, _rules.Apv.Evaluate(_stay, i, _apv.Parameters, trace), trace, _apv);
        if (_bsv.Applies)
            AddPerson(d, i, participant, Programme.AncvBsv, _rules.Bsv.Evaluate(_stay, i, _bsv.Parameters, trace), trace, _bsv);
        if (_depart1825.Applies)
            depart1825 = AddPerson(d, i, participant, Programme.AncvDepart1825, _rules.Depart1825.Evaluate(_stay, i, _depart1825.Parameters, trace), trace, _depart1825);
        if (_seniors.Applies)
        {
            seniors = AddPerson(d, i, participant, Programme.AncvSeniors, _rules.Seniors.Evaluate(_stay, i, _seniors.Parameters, trace), trace, _seniors);
            seniorsUnlimited = SeniorsRule.IsUnlimited(_stay, i, _seniors.Parameters);
        }
        if (_sport.Applies)
            AddPerson(d, i, participant, Programme.AncvPratiqueSportive, _rules.PratiqueSportive.Evaluate(_stay, _sport.Parameters, trace), trace, _sport);
        if (_appui.Applies)
            AddPerson(d, i, participant, Programme.AncvApvAppui, _rules.ApvAppui.Evaluate(_stay, i, _appui.Parameters, trace), trace, _appui);
        if (ApvRule.IsUnlimited(_stay.Participant(i))) apv = -1;
        if (seniorsUnlimited) seniors = -1;
        ApplyOnceAYear(d, _stay.Participant(i).ParticipantId, year, apv, depart1825, seniors);
        if (_ave.Applies) EvaluateAve(d, i, participant, trace);
    }

    /// <summary>
    /// I-09: the first dossier (in date order) in which a person qualifies for a limited ANCV person aid wins the
    /// calendar year; in later dossiers of that year the limited rows become ineligible. Exempt rows are passed as -1.
    /// </summary>
    private void ApplyOnceAYear(int d, string person, int year, int apv, int depart1825, int seniors)
    {
        if (!Eligible(apv) && !Eligible(depart1825) && !Eligible(seniors)) return;
        if (!_aidedIn.TryGetValue((person, year), out var winner))
        {
            _aidedIn.Add((person, year), d);
            return;
        }
        if (winner == d) return;
        foreach (var row in (ReadOnlySpan<int>)[apv, depart1825, seniors])
        {
            if (!Eligible(row)) continue;
            ref var r = ref _rows[row];
            r = r with { Outcome = Outcome.No(Reason.DejaAideAnneeCivile) };
            if (r.Explanation >= 0)
                _explanations[r.Explanation] += $" ; déjà aidé en {year} par le dossier {_data.Dossiers[winner].DossierId} : une aide à la personne par année civile (I-09)";
        }
    }

    private bool Eligible(int row) => row >= 0 && _rows[row].Outcome.Eligible;

    private void EvaluateAve(int d, int i, int participant, Trace? trace)
    {
        var p = _ave.Parameters;
        var key = (_stay.Participant(i).ParticipantId, _ave.Period.Year);
        var used = _aveUsed.GetValueOrDefault(key);
        var outcome = _rules.Ave.Evaluate(_stay, i, p, p.NightsMaxPerYear - used.Nights, used.Received, trace, out var allowed);
        if (outcome.Eligible) _aveUsed[key] = (used.Nights + allowed, used.Received + outcome.AidEur);
        AddPerson(d, i, participant, Programme.Caf35Ave, outcome, trace, _ave);
    }

    /// <summary>The dossier-level CAF aids: AVF, then AAT on AVF's verdict, then AVS (I-10 per household).</summary>
    private void EvaluateCafFamily(int d, Trace? trace)
    {
        var household = _stay.Dossier.HouseholdId;
        var avfEligible = false;
        if (_avf.Applies)
        {
            var p = _avf.Parameters;
            var year = _avf.Period.Year;
            var key = (household ?? "", year);
            var used = household is null ? 0 : _avfNights.GetValueOrDefault(key);
            var outcome = _rules.Avf.Evaluate(_stay, p, year, p.NightsMaxPerYear - used, trace, out var allowed);
            avfEligible = outcome.Eligible;
            if (avfEligible && household is not null) _avfNights[key] = used + allowed;
            AddDossier(d, Programme.Caf35Avf, outcome, trace, _avf);
        }
        if (_aat.Applies)
            AddDossier(d, Programme.Caf35Aat, _rules.Aat.Evaluate(_stay, _aat.Parameters, avfEligible, trace), trace, _aat);
        if (_avs.Applies)
        {
            var p = _avs.Parameters;
            var key = (household ?? "", _avs.Period.Year);
            var used = household is null ? 0 : _avsNights.GetValueOrDefault(key);
            var outcome = _rules.Avs.Evaluate(_stay, p, p.NightsMaxPerYear - used, trace, out var allowed);
            if (outcome.Eligible && household is not null) _avsNights[key] = used + allowed;
            AddDossier(d, Programme.Caf35Avs, outcome, trace, _avs);
        }
    }

    /// <summary>The requests, in request-id order after every dossier row (DESIGN §4.3); returns the row count.</summary>
    private int EvaluateRequests(OperationData data, int next, Trace? trace)
    {
        var cv = data.CvRequests;
        Buffers.Ensure(ref _order, Math.Max(cv.Count, data.EquipmentRequests.Count));
        _cvOrder.Sort(cv, _order);
        for (var k = 0; k < cv.Count; k++)
        {
            var r = _order[k];
            if (!_rules.CvPerimes.Segments.TryGet(cv[r].RequestDate, out var p, out _)) continue;
            var outcome = _rules.CvPerimes.Evaluate(cv[r], p, trace);
            _rows[next++] = new ResultRow(RowKind.CvRequest, r, -1, Programme.AncvCvPerimes, outcome, Explain(outcome, trace, _rules.CvPerimes.Segments.Programme));
        }
        var equipment = data.EquipmentRequests;
        _equipmentOrder.Sort(equipment, _order);
        for (var k = 0; k < equipment.Count; k++)
        {
            var r = _order[k];
            if (!_rules.Equipements.Segments.TryGet(equipment[r].RequestDate, out var p, out _)) continue;
            var outcome = _rules.Equipements.Evaluate(equipment[r], p, trace);
            _rows[next++] = new ResultRow(RowKind.EquipmentRequest, r, -1, Programme.AncvEquipements, outcome, Explain(outcome, trace, _rules.Equipements.Segments.Programme));
        }
        return next;
    }

    private int AddPerson<T>(int d, int i, int participant, Programme programme, Outcome outcome, Trace? trace, ResolvedParameters<T> resolved) where T : class =>
        Put(RowLayout.DossierSlots + RowLayout.PersonSlots * _position[i] + RowLayout.SlotOf(programme), d, participant, programme, outcome, trace, resolved);

    private int AddDossier<T>(int d, Programme programme, Outcome outcome, Trace? trace, ResolvedParameters<T> resolved) where T : class =>
        Put(RowLayout.SlotOf(programme), d, -1, programme, outcome, trace, resolved);

    /// <summary>Writes a dossier row at its slot of the current region; returns its place in the row buffer.</summary>
    private int Put<T>(int slot, int d, int participant, Programme programme, Outcome outcome, Trace? trace, ResolvedParameters<T> resolved) where T : class
    {
        _filled[slot] = true;
        _rows[_region + slot] = new ResultRow(RowKind.Dossier, d, participant, programme, outcome, Explain(outcome, trace, resolved.Segments.Programme));
        return _region + slot;
    }

    /// <summary>The row's French explanation, when a trace is on: its index in <see cref="Explanations"/>, else -1.</summary>
    private int Explain(Outcome outcome, Trace? trace, Rules.ProgrammeParameters parameters)
    {
        if (trace is null) return -1;
        var verdict = outcome.Eligible ? $"éligible, {French.Eur(outcome.AidEur)}" : "non éligible";
        _explanations.Add($"{parameters.Label} ({parameters.Id}) : {trace.Take()} → {verdict}");
        return _explanations.Count - 1;
    }
}
