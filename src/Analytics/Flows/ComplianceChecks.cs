using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Flows;

/// <summary>
/// The compliance alerts of DESIGN §4.4 on the recorded grants: above the ceiling the rules compute, conditions not
/// met, a person aided twice in a year (I-09), aids above the dossier's cost, and grants naming an unknown dossier.
/// A grant is checked against the rules only when the eligibility engine evaluated its programme in this operation
/// (F-06, F-07 in <c>Flows/Readings.md</c>).
/// </summary>
internal sealed class ComplianceChecks
{
    private readonly FlowIndex _index;
    private readonly List<ComplianceAlert> _alerts = [];
    private readonly Task<List<ComplianceAlert>> _oncePerYear;
    private readonly List<Group> _groups = [];
    private readonly Dictionary<string, string> _reasonTexts = new(StringComparer.Ordinal);

    /// <summary>
    /// Checks the grants of the known dossier at <paramref name="slot"/>: their sum against the cost, and each against
    /// the rules with the eligibility rows kept for it now. <paramref name="checkable"/> are the programmes whose
    /// grants are compared with the rules: those the engine evaluated, or, while the operation is decided part by
    /// part and that set is not known yet, every programme it can evaluate (<see cref="Finish"/> drops the others).
    /// </summary>
    public void CheckDossier(int slot, IReadOnlySet<string> checkable)
    {
        var dossier = _index.DossierAt(slot)!;
        var aids = _index.AidsAt(slot);
        CheckCost(_alerts, dossier, aids);
        CheckRules(_alerts, dossier, aids, _index.ResultsAt(slot), checkable, _groups, _reasonTexts);
    }

    /// <summary>
    /// Checks the grants of <paramref name="index"/>, starting at once the I-09 check on another thread: it reads
    /// grants and participants, no eligibility row, so it runs while the reconstruction waits for the engine's parts
    /// instead of after them (issue 9).
    /// </summary>
    public ComplianceChecks(FlowIndex index)
    {
        _index = index;
        _oncePerYear = Task.Run(() => OncePerYearAlerts(index));
    }

    private static List<ComplianceAlert> OncePerYearAlerts(FlowIndex index)
    {
        var alerts = new List<ComplianceAlert>();
        var aided = new List<(DateOnly Start, string DossierId, int Slot)>();
        foreach (var slot in index.AidedSlots)
            if (index.DossierAt(slot) is { } dossier) aided.Add((dossier.StartDate, dossier.DossierId, slot));
        // I-09 order: start date, then dossier id; the first dossier of the year is the legitimate one.
        aided.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.DossierId, b.DossierId));
        var firstAidedIn = new Dictionary<(string Person, int Year), string>();
        foreach (var (_, _, slot) in aided)
            CheckOncePerYear(alerts, index.DossierAt(slot)!, index.AidsAt(slot), index.ParticipantsAt(slot), firstAidedIn);
        return alerts;
    }

    /// <summary>
    /// The alerts once every dossier is checked: the grants naming unknown dossiers, the persons aided twice in a
    /// year, ordered by dossier, kind, programme and participant.
    /// </summary>
    public IReadOnlyList<ComplianceAlert> Finish()
    {
        var (alerts, index) = (_alerts, _index);
        // F-06, F-07: a grant is checked against the rules only when the engine evaluated its programme somewhere.
        alerts.RemoveAll(a => a.Kind is ComplianceAlertKind.ConditionsNotMet or ComplianceAlertKind.AboveCeiling
            && !index.EvaluatedProgrammes.Contains(a.Programme));
        foreach (var slot in index.AidedSlots)
        {
            if (index.DossierAt(slot) is not null) continue;
            foreach (var aid in index.AidsAt(slot))
            {
                alerts.Add(new ComplianceAlert(ComplianceAlertKind.UnknownDossier, aid.DossierId, aid.ParticipantId ?? "",
                    aid.Programme, aid.AmountEur, null));
            }
        }
        alerts.AddRange(_oncePerYear.GetAwaiter().GetResult());
        alerts.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.DossierId, b.DossierId);
            if (c == 0) c = a.Kind.CompareTo(b.Kind);
            if (c == 0) c = string.CompareOrdinal(a.Programme, b.Programme);
            return c != 0 ? c : string.CompareOrdinal(a.ParticipantId, b.ParticipantId);
        });
        return alerts;
    }

    private static void CheckCost(List<ComplianceAlert> alerts, Dossier dossier, ArraySegment<RecordedAid> aids)
    {
        var sum = 0m;
        foreach (var a in aids) sum += a.AmountEur;
        var cost = dossier.TotalCostEur;
        if (sum > cost)
            alerts.Add(new ComplianceAlert(ComplianceAlertKind.AidsAboveCost, dossier.DossierId, "", "", sum, cost));
    }

    /// <summary>The grants of one dossier to one (participant, programme), summed.</summary>
    private sealed class Group(string participant, string programme)
    {
        public string Participant { get; } = participant;
        public string Programme { get; } = programme;
        public decimal Amount { get; set; }
    }

    /// <summary>
    /// Groups the grants by (participant, programme), in order of first grant, and compares each group with the
    /// eligibility rows of the same scope: the participant's rows for a person-level grant when the engine has
    /// them, else the dossier's rows. A dossier holds a handful of grants: the groups are a reused list, not a
    /// dictionary per dossier.
    /// </summary>
    private static void CheckRules(List<ComplianceAlert> alerts, Dossier dossier, ArraySegment<RecordedAid> aids,
        ArraySegment<Decision> results, IReadOnlySet<string> checkable, List<Group> groups, Dictionary<string, string> reasonTexts)
    {
        groups.Clear();
        foreach (var a in aids)
        {
            if (!checkable.Contains(a.Programme)) continue;
            var participant = a.ParticipantId ?? "";
            var group = Find(groups, participant, a.Programme);
            if (group is null) groups.Add(group = new Group(participant, a.Programme));
            group.Amount += a.AmountEur;
        }
        foreach (var group in groups)
        {
            var (participant, programme, amount) = (group.Participant, group.Programme, group.Amount);
            var personal = participant.Length > 0 && HasPersonRows(results, participant, programme);
            decimal ceiling = 0m;
            var eligible = false;
            var inScope = 0;
            foreach (var r in results)
            {
                if (!InScope(r, personal, participant, programme)) continue;
                inScope++;
                if (r.Eligible) { eligible = true; ceiling += r.AidEur; }
            }
            if (!eligible)
            {
                // The kept rows are refilled for the next part: the reasons are read now, the message built when read.
                var reasons = Shared(reasonTexts, Reasons(results, personal, participant, programme, inScope));
                alerts.Add(new ComplianceAlert(ComplianceAlertKind.ConditionsNotMet, dossier.DossierId, participant,
                    programme, amount, 0m, reasons));
            }
            else if (amount > ceiling)
            {
                alerts.Add(new ComplianceAlert(ComplianceAlertKind.AboveCeiling, dossier.DossierId, participant,
                    programme, amount, ceiling));
            }
        }
    }

    // Hundreds of thousands of alerts quote a few dozen lists of reasons: each text is kept once.
    private static string Shared(Dictionary<string, string> texts, string text)
    {
        if (texts.TryGetValue(text, out var shared)) return shared;
        texts[text] = text;
        return text;
    }

    private static Group? Find(List<Group> groups, string participant, string programme)
    {
        foreach (var g in groups)
            if (g.Participant == participant && g.Programme == programme) return g;
        return null;
    }

    private static bool HasPersonRows(ArraySegment<Decision> results, string participant, string programme)
    {
        foreach (var r in results)
            if (r.Programme == programme && r.ParticipantId == participant) return true;
        return false;
    }

    /// <summary>The scope of a grant: the programme's rows of the participant (<paramref name="personal"/>) or of the dossier.</summary>
    private static bool InScope(Decision r, bool personal, string participant, string programme) =>
        r.Programme == programme && (!personal || r.ParticipantId == participant);

    /// <summary>The distinct reason codes of the scope's rows, in order, for a message only built when read.</summary>
    private static string Reasons(ArraySegment<Decision> results, bool personal, string participant, string programme, int scopeCount) =>
        scopeCount == 0
            ? "aucun résultat d'éligibilité pour ce dossier (hors période de la règle)"
            : string.Join(", ", results.Where(r => InScope(r, personal, participant, programme))
                .SelectMany(r => r.Reasons).Distinct(StringComparer.Ordinal));

    /// <summary>
    /// I-09: a person gets the ANCV financial person aids once per calendar year (the stay's start year, I-13),
    /// across dossiers. A dossier-level grant aids every participant of the dossier. The exceptions the text grants
    /// are not alerts: companions of an APV stay, a <c>proche_aidant</c> and a <c>young_companion</c> in
    /// <c>service_civique</c> in Seniors en vacances.
    /// </summary>
    private static void CheckOncePerYear(List<ComplianceAlert> alerts, Dossier dossier, ArraySegment<RecordedAid> aids,
        ArraySegment<Participant> participants, Dictionary<(string, int), string> firstAidedIn)
    {
        var year = dossier.StartDate.Year;
        HashSet<string>? flagged = null;
        foreach (var aid in aids)
        {
            // The ANCV financial person aids limited to once per calendar year and person (I-09).
            if (aid.Programme is not ("ancv.apv" or "ancv.depart1825" or "ancv.seniors")) continue;
            foreach (var person in participants)
            {
                if (!string.IsNullOrEmpty(aid.ParticipantId) && person.ParticipantId != aid.ParticipantId) continue;
                if (IsExempt(person, aid.Programme)) continue;
                var key = (person.ParticipantId, year);
                if (!firstAidedIn.TryGetValue(key, out var first)) { firstAidedIn[key] = dossier.DossierId; continue; }
                if (first == dossier.DossierId) continue;
                flagged ??= new HashSet<string>(StringComparer.Ordinal);
                if (!flagged.Add(person.ParticipantId)) continue;
                alerts.Add(new ComplianceAlert(ComplianceAlertKind.AidedTwiceInYear, dossier.DossierId,
                    person.ParticipantId, aid.Programme, aid.AmountEur, null, first, year));
            }
        }
    }

    private static bool IsExempt(Participant person, string programme) => programme switch
    {
        "ancv.apv" => person.Role is ParticipantRole.CompanionSalaried or ParticipantRole.CompanionVolunteer,
        "ancv.seniors" => person.Statuses.HasFlag(ParticipantStatuses.ProcheAidant)
            || (person.Role == ParticipantRole.YoungCompanion && person.Statuses.HasFlag(ParticipantStatuses.ServiceCivique)),
        _ => false,
    };
}
