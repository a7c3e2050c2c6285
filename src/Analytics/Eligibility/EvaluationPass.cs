using System.Runtime.InteropServices;
using Vacances.Analytics.Eligibility.Programmes;
using Vacances.Analytics.Rules;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// One evaluation of a whole operation. Dossiers are visited in start-date then dossier-id order so that the
/// cross-dossier rules see earlier stays first: once a year for the ANCV person aids (I-09) and the CAF yearly
/// limits (I-10). Every programme of every applicable rule set is evaluated for every dossier or participant whose
/// stay starts in the programme's period and whose dossier is in its territory (I-08, I-11).
/// </summary>
internal sealed class EvaluationPass
{
    private readonly ProgrammeRules _rules;
    private readonly OperationData _data;
    private readonly Func<Dossier, bool>? _explainDossier;
    private readonly bool _explainRequests;
    private readonly StayContext _stay = new();
    private readonly Trace _trace = new();
    private readonly List<ResultRow> _rows;
    private readonly List<string> _explanations = [];
    private readonly Dictionary<(string Person, int Year), int> _aidedIn = [];
    private readonly Dictionary<(string Household, int Year), int> _avfNights = [];
    private readonly Dictionary<(string Household, int Year), int> _avsNights = [];
    private readonly Dictionary<(string Child, int Year), (int Nights, decimal Received)> _aveUsed = [];

    public EvaluationPass(ProgrammeRules rules, OperationData data, Func<Dossier, bool>? explainDossier, bool explainRequests)
    {
        _rules = rules;
        _data = data;
        _explainDossier = explainDossier;
        _explainRequests = explainRequests;
        _rows = new List<ResultRow>(data.Participants.Count * 7 + data.Dossiers.Count * 3 + data.CvRequests.Count + data.EquipmentRequests.Count);
    }

    public EvaluationRun Run()
    {
        var index = new ParticipantIndex(_data.Dossiers, _data.Participants);
        foreach (var d in DateOrder())
        {
            var dossier = _data.Dossiers[d];
            _stay.Load(dossier, index.Of(d), _data.Participants);
            var trace = _explainDossier is not null && _explainDossier(dossier) ? _trace : null;
            var participants = index.Of(d);
            for (var i = 0; i < _stay.Count; i++) EvaluatePerson(d, i, participants[i], trace);
            EvaluateCafFamily(d, trace);
        }
        EvaluateRequests();
        var run = new EvaluationRun(_data, _rows, _explanations);
        CollectionsMarshal.AsSpan(_rows).Sort(new RowOrder(_data));
        return run;
    }

    private int[] DateOrder()
    {
        var order = new int[_data.Dossiers.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var dossiers = _data.Dossiers;
        Array.Sort(order, (a, b) =>
        {
            var byDate = dossiers[a].StartDate.CompareTo(dossiers[b].StartDate);
            return byDate != 0 ? byDate : string.CompareOrdinal(dossiers[a].DossierId, dossiers[b].DossierId);
        });
        return order;
    }

    private void EvaluatePerson(int d, int i, int participant, Trace? trace)
    {
        var start = _stay.Dossier.StartDate;
        int apv = -1, depart1825 = -1, seniors = -1;
        var seniorsUnlimited = false;
        if (Applies(_rules.Apv.Segments, out var apvP))
            apv = Add(d, participant, Programme.AncvApv, _rules.Apv.Evaluate(_stay, i, apvP, trace), trace, _rules.Apv.Segments);
        if (Applies(_rules.Bsv.Segments, out var bsvP))
            Add(d, participant, Programme.AncvBsv, _rules.Bsv.Evaluate(_stay, i, bsvP, trace), trace, _rules.Bsv.Segments);
        if (Applies(_rules.Depart1825.Segments, out var d1825P))
            depart1825 = Add(d, participant, Programme.AncvDepart1825, _rules.Depart1825.Evaluate(_stay, i, d1825P, trace), trace, _rules.Depart1825.Segments);
        if (Applies(_rules.Seniors.Segments, out var seniorsP))
        {
            seniors = Add(d, participant, Programme.AncvSeniors, _rules.Seniors.Evaluate(_stay, i, seniorsP, trace), trace, _rules.Seniors.Segments);
            seniorsUnlimited = SeniorsRule.IsUnlimited(_stay, i, seniorsP);
        }
        if (Applies(_rules.PratiqueSportive.Segments, out var sportP))
            Add(d, participant, Programme.AncvPratiqueSportive, _rules.PratiqueSportive.Evaluate(_stay, sportP, trace), trace, _rules.PratiqueSportive.Segments);
        if (Applies(_rules.ApvAppui.Segments, out var appuiP))
            Add(d, participant, Programme.AncvApvAppui, _rules.ApvAppui.Evaluate(_stay, i, appuiP, trace), trace, _rules.ApvAppui.Segments);
        if (ApvRule.IsUnlimited(_stay.Participant(i))) apv = -1;
        if (seniorsUnlimited) seniors = -1;
        ApplyOnceAYear(d, _stay.Participant(i).ParticipantId, start.Year, apv, depart1825, seniors);
        if (Applies(_rules.Ave.Segments, out var aveP, out var avePeriod))
            EvaluateAve(d, i, participant, aveP, avePeriod.Year, trace);
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
            var r = _rows[row];
            _rows[row] = r with { Outcome = Outcome.No(Reason.DejaAideAnneeCivile) };
            if (r.Explanation >= 0)
                _explanations[r.Explanation] += $" ; déjà aidé en {year} par le dossier {_data.Dossiers[winner].DossierId} : une aide à la personne par année civile (I-09)";
        }
    }

    private bool Eligible(int row) => row >= 0 && _rows[row].Outcome.Eligible;

    private void EvaluateAve(int d, int i, int participant, AveParameters p, int year, Trace? trace)
    {
        var key = (_stay.Participant(i).ParticipantId, year);
        var used = _aveUsed.GetValueOrDefault(key);
        var outcome = _rules.Ave.Evaluate(_stay, i, p, p.NightsMaxPerYear - used.Nights, used.Received, trace, out var allowed);
        if (outcome.Eligible) _aveUsed[key] = (used.Nights + allowed, used.Received + outcome.AidEur);
        Add(d, participant, Programme.Caf35Ave, outcome, trace, _rules.Ave.Segments);
    }

    /// <summary>The dossier-level CAF aids: AVF, then AAT on AVF's verdict, then AVS (I-10 per household).</summary>
    private void EvaluateCafFamily(int d, Trace? trace)
    {
        var household = _stay.Dossier.HouseholdId;
        var avfEligible = false;
        if (Applies(_rules.Avf.Segments, out var avfP, out var avfPeriod))
        {
            var key = (household ?? "", avfPeriod.Year);
            var used = household is null ? 0 : _avfNights.GetValueOrDefault(key);
            var outcome = _rules.Avf.Evaluate(_stay, avfP, avfPeriod.Year, avfP.NightsMaxPerYear - used, trace, out var allowed);
            avfEligible = outcome.Eligible;
            if (avfEligible && household is not null) _avfNights[key] = used + allowed;
            Add(d, -1, Programme.Caf35Avf, outcome, trace, _rules.Avf.Segments);
        }
        if (Applies(_rules.Aat.Segments, out var aatP))
            Add(d, -1, Programme.Caf35Aat, _rules.Aat.Evaluate(_stay, aatP, avfEligible, trace), trace, _rules.Aat.Segments);
        if (Applies(_rules.Avs.Segments, out var avsP, out var avsPeriod))
        {
            var key = (household ?? "", avsPeriod.Year);
            var used = household is null ? 0 : _avsNights.GetValueOrDefault(key);
            var outcome = _rules.Avs.Evaluate(_stay, avsP, avsP.NightsMaxPerYear - used, trace, out var allowed);
            if (outcome.Eligible && household is not null) _avsNights[key] = used + allowed;
            Add(d, -1, Programme.Caf35Avs, outcome, trace, _rules.Avs.Segments);
        }
    }

    private void EvaluateRequests()
    {
        var trace = _explainRequests ? _trace : null;
        for (var r = 0; r < _data.CvRequests.Count; r++)
        {
            var request = _data.CvRequests[r];
            if (!_rules.CvPerimes.Segments.TryGet(request.RequestDate, out var p, out _)) continue;
            AddRow(RowKind.CvRequest, r, -1, Programme.AncvCvPerimes, _rules.CvPerimes.Evaluate(request, p, trace), trace, _rules.CvPerimes.Segments.Programme);
        }
        for (var r = 0; r < _data.EquipmentRequests.Count; r++)
        {
            var request = _data.EquipmentRequests[r];
            if (!_rules.Equipements.Segments.TryGet(request.RequestDate, out var p, out _)) continue;
            AddRow(RowKind.EquipmentRequest, r, -1, Programme.AncvEquipements, _rules.Equipements.Evaluate(request, p, trace), trace, _rules.Equipements.Segments.Programme);
        }
    }

    /// <summary>Whether the current stay is in the programme's period and territory (I-08), with its parameters.</summary>
    private bool Applies<T>(Segments<T> segments, out T parameters) where T : class => Applies(segments, out parameters, out _);

    private bool Applies<T>(Segments<T> segments, out T parameters, out ValidityPeriod period) where T : class =>
        segments.TryGet(_stay.Dossier.StartDate, out parameters, out period) && segments.Programme.ServesCommune(_stay.Dossier.CommuneInsee);

    private int Add<T>(int d, int participant, Programme programme, Outcome outcome, Trace? trace, Segments<T> segments) where T : class =>
        AddRow(RowKind.Dossier, d, participant, programme, outcome, trace, segments.Programme);

    private int AddRow(RowKind kind, int index, int participant, Programme programme, Outcome outcome, Trace? trace, ProgrammeParameters parameters)
    {
        var explanation = -1;
        if (trace is not null)
        {
            var verdict = outcome.Eligible ? $"éligible, {French.Eur(outcome.AidEur)}" : "non éligible";
            _explanations.Add($"{parameters.Label} ({parameters.Id}) : {trace.Take()} → {verdict}");
            explanation = _explanations.Count - 1;
        }
        _rows.Add(new ResultRow(kind, index, participant, programme, outcome, explanation));
        return _rows.Count - 1;
    }
}
