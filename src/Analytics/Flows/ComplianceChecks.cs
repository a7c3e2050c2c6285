using System.Globalization;
using Vacances.Analytics.Eligibility;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Flows;

/// <summary>
/// The compliance alerts of DESIGN §4.4 on the recorded grants: above the ceiling the rules compute, conditions not
/// met, a person aided twice in a year (I-09), aids above the dossier's cost, and grants naming an unknown dossier.
/// A grant is checked against the rules only when the eligibility engine evaluated its programme in this operation.
/// </summary>
internal static class ComplianceChecks
{
    /// <summary>The ANCV financial person aids limited to once per calendar year and person (I-09).</summary>
    private static readonly HashSet<string> OncePerYear = new(StringComparer.Ordinal)
    {
        "ancv.apv", "ancv.depart1825", "ancv.seniors",
    };

    public static IReadOnlyList<ComplianceAlert> Run(FlowIndex index)
    {
        var alerts = new List<ComplianceAlert>();
        var aided = new List<Dossier>();
        foreach (var dossierId in index.AidedDossierIds)
        {
            var aids = index.AidsOf(dossierId);
            if (!index.Dossiers.TryGetValue(dossierId, out var dossier))
            {
                foreach (var aid in aids)
                    alerts.Add(new ComplianceAlert(ComplianceAlertKind.UnknownDossier, dossierId, aid.ParticipantId ?? "",
                        aid.Programme, aid.AmountEur, null,
                        $"Aide {aid.Programme} de {Eur(aid.AmountEur)} pour le dossier {dossierId}, absent de dossiers.csv."));
                continue;
            }
            CheckCost(alerts, dossier, aids);
            CheckRules(alerts, dossier, aids, index);
            aided.Add(dossier);
        }
        // I-09 order: start date, then dossier id; the first dossier of the year is the legitimate one.
        aided.Sort((a, b) => a.StartDate != b.StartDate
            ? a.StartDate.CompareTo(b.StartDate)
            : string.CompareOrdinal(a.DossierId, b.DossierId));
        var firstAidedIn = new Dictionary<(string Person, int Year), string>();
        foreach (var dossier in aided)
            CheckOncePerYear(alerts, dossier, index.AidsOf(dossier.DossierId), index, firstAidedIn);
        alerts.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.DossierId, b.DossierId);
            if (c == 0) c = a.Kind.CompareTo(b.Kind);
            if (c == 0) c = string.CompareOrdinal(a.Programme, b.Programme);
            return c != 0 ? c : string.CompareOrdinal(a.ParticipantId, b.ParticipantId);
        });
        return alerts;
    }

    private static void CheckCost(List<ComplianceAlert> alerts, Dossier dossier, IReadOnlyList<RecordedAid> aids)
    {
        var sum = 0m;
        foreach (var a in aids) sum += a.AmountEur;
        if (sum > dossier.TotalCostEur)
            alerts.Add(new ComplianceAlert(ComplianceAlertKind.AidsAboveCost, dossier.DossierId, "", "", sum,
                dossier.TotalCostEur,
                $"Les aides enregistrées ({Eur(sum)}) dépassent le coût du séjour ({Eur(dossier.TotalCostEur)})."));
    }

    /// <summary>
    /// Groups the grants by (participant, programme) and compares each group with the eligibility rows of the same
    /// scope: the participant's rows for a person-level grant when the engine has them, else the dossier's rows.
    /// </summary>
    private static void CheckRules(
        List<ComplianceAlert> alerts, Dossier dossier, IReadOnlyList<RecordedAid> aids, FlowIndex index)
    {
        var groups = new Dictionary<(string Participant, string Programme), decimal>();
        foreach (var a in aids)
        {
            if (!index.EvaluatedProgrammes.Contains(a.Programme)) continue;
            var key = (a.ParticipantId ?? "", a.Programme);
            groups[key] = groups.GetValueOrDefault(key) + a.AmountEur;
        }
        if (groups.Count == 0) return;
        var results = index.ResultsOf(dossier.DossierId);
        foreach (var ((participant, programme), amount) in groups)
        {
            var scope = Scope(results, participant, programme);
            decimal ceiling = 0m;
            var eligible = false;
            foreach (var r in scope)
                if (r.Eligible) { eligible = true; ceiling += r.AidEur; }
            if (!eligible)
            {
                var reasons = scope.Count == 0
                    ? "aucun résultat d'éligibilité pour ce dossier (hors période de la règle)"
                    : string.Join(", ", scope.SelectMany(r => r.Reasons).Distinct(StringComparer.Ordinal));
                alerts.Add(new ComplianceAlert(ComplianceAlertKind.ConditionsNotMet, dossier.DossierId, participant,
                    programme, amount, 0m,
                    $"Aide {programme} de {Eur(amount)} enregistrée alors que les conditions ne sont pas remplies : {reasons}."));
            }
            else if (amount > ceiling)
            {
                alerts.Add(new ComplianceAlert(ComplianceAlertKind.AboveCeiling, dossier.DossierId, participant,
                    programme, amount, ceiling,
                    $"Aide {programme} de {Eur(amount)} au-dessus du plafond calculé par les règles ({Eur(ceiling)})."));
            }
        }
    }

    private static List<EligibilityResult> Scope(IReadOnlyList<EligibilityResult> results, string participant, string programme)
    {
        var ofProgramme = results.Where(r => r.Programme == programme).ToList();
        if (participant.Length == 0) return ofProgramme;
        var ofPerson = ofProgramme.FindAll(r => r.ParticipantId == participant);
        return ofPerson.Count > 0 ? ofPerson : ofProgramme;
    }

    /// <summary>
    /// I-09: a person gets the ANCV financial person aids once per calendar year (the stay's start year, I-13),
    /// across dossiers. A dossier-level grant aids every participant of the dossier. The exceptions the text grants
    /// are not alerts: companions of an APV stay, a <c>proche_aidant</c> and a <c>young_companion</c> in
    /// <c>service_civique</c> in Seniors en vacances.
    /// </summary>
    private static void CheckOncePerYear(
        List<ComplianceAlert> alerts, Dossier dossier, IReadOnlyList<RecordedAid> aids, FlowIndex index,
        Dictionary<(string, int), string> firstAidedIn)
    {
        var participants = index.ParticipantsOf(dossier.DossierId);
        var year = dossier.StartDate.Year;
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var aid in aids)
        {
            if (!OncePerYear.Contains(aid.Programme)) continue;
            foreach (var person in participants)
            {
                if (!string.IsNullOrEmpty(aid.ParticipantId) && person.ParticipantId != aid.ParticipantId) continue;
                if (IsExempt(person, aid.Programme)) continue;
                var key = (person.ParticipantId, year);
                if (!firstAidedIn.TryGetValue(key, out var first)) { firstAidedIn[key] = dossier.DossierId; continue; }
                if (first == dossier.DossierId || !flagged.Add(person.ParticipantId)) continue;
                alerts.Add(new ComplianceAlert(ComplianceAlertKind.AidedTwiceInYear, dossier.DossierId,
                    person.ParticipantId, aid.Programme, aid.AmountEur, null,
                    $"La personne {person.ParticipantId} est déjà aidée en {year} dans le dossier {first} (une aide par année civile, I-09)."));
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

    private static string Eur(decimal amount) => amount.ToString("#,##0.00", CultureInfo.GetCultureInfo("fr-FR")) + " €";
}
