using System.Text.Json;
using Vacances.Ingest.Model;
using static Vacances.Ingest.Store.StoreType;

namespace Vacances.Ingest.Store;

/// <summary>
/// The tables the canonical files land in (one per file kind, columns named as in DESIGN §3, codes in their
/// canonical spelling, extra attributes as a JSON object), plus the bookkeeping tables. Each <c>Rows</c> method
/// writes the cells in the order of its table's columns.
/// </summary>
public static class StoreTables
{
    private static StoreColumn C(string name, StoreType type) => new(name, type);

    /// <summary>Files ingested, keyed by content hash (idempotency).</summary>
    public static readonly StoreTable IngestedFiles = new("ingested_files",
        [C("file_name", Text), C("kind", Text), C("rows_read", Long), C("accepted", Long), C("quarantined", Long)]);

    /// <summary>Quarantine: one row per reason (DESIGN §10).</summary>
    public static readonly StoreTable Quarantine = new("quarantine",
        [C("file_name", Text), C("line", Long), C("column_name", Text), C("reason", Text)]);

    /// <summary>Whole documents (<c>operation.yaml</c>, <c>survey/codebook.json</c>).</summary>
    public static readonly StoreTable Documents = new("documents", [C("kind", Text), C("file_name", Text), C("content", Text)]);

    public static readonly StoreTable Dossiers = new("dossiers",
    [
        C("dossier_id", Text), C("operation", Text), C("commune_insee", Text), C("dispositif", Text), C("referent_id", Text),
        C("start_date", Date), C("end_date", Date), C("destination_insee", Text), C("destination_country", Text),
        C("distance_km", Numeric), C("during_school_holidays", Bool), C("board", Text), C("lodging_eur", Numeric),
        C("meals_eur", Numeric), C("tourist_tax_eur", Numeric), C("transport_eur", Numeric), C("activities_eur", Numeric),
        C("extras_eur", Numeric), C("public_price_eur", Numeric), C("offer", Text), C("single_room", Bool),
        C("social_support", Bool), C("conventioned_structure", Bool), C("other_funder_requested", Bool),
        C("household_id", Text), C("qf_eur", Numeric), C("rfr_eur", Numeric), C("tax_parts", Numeric), C("rni_eur", Numeric),
        C("couple", Bool), C("caf_allocataire", Bool), C("dependent_children", Int), C("aeeh", Bool), C("last_avf_year", Int),
        C("extra", Text),
    ]);

    public static readonly StoreTable Participants = new("participants",
    [
        C("participant_id", Text), C("dossier_id", Text), C("birth_date", Date), C("age", Int), C("role", Text), C("pcs", Text),
        C("handicap", Bool), C("ald30", Bool), C("gir", Int), C("retired_or_inactive", Bool), C("statuses", Text),
        C("first_departure", Bool), C("aeeh", Bool), C("rfr_eur", Numeric), C("tax_parts", Numeric), C("extra", Text),
    ]);

    public static readonly StoreTable Aids = new("aids",
        [C("dossier_id", Text), C("participant_id", Text), C("programme", Text), C("funder", Text), C("amount_eur", Numeric)]);

    public static readonly StoreTable CvRequests = new("cv_requests",
    [
        C("request_id", Text), C("request_date", Date), C("amount_eur", Numeric), C("issue_year", Int), C("reason", Text),
        C("qf_eur", Numeric), C("rfr_eur", Numeric), C("tax_parts", Numeric), C("proche_aidant", Bool),
    ]);

    public static readonly StoreTable EquipmentRequests = new("equipment_requests",
    [
        C("request_id", Text), C("request_date", Date), C("investment_eur", Numeric), C("accessibility_bonus", Bool),
        C("environment_bonus", Bool), C("manager_conventioned", Bool), C("new_activity", Bool), C("compliance_only", Bool),
        C("last_aid_date", Date),
    ]);

    public static readonly StoreTable Professionals = new("professionals",
        [C("pro_id", Text), C("commune_insee", Text), C("role", Text), C("month", Date), C("hours_direct", Numeric), C("hours_total", Numeric)]);

    /// <summary>Survey answers in long form: one row per non-empty cell of a response.</summary>
    public static readonly StoreTable SurveyAnswers = new("survey_answers",
        [C("survey", Text), C("response_index", Int), C("column_name", Text), C("answer", Text)]);

    /// <summary>Every table, in creation order.</summary>
    public static readonly IReadOnlyList<StoreTable> All =
        [IngestedFiles, Quarantine, Documents, Dossiers, Participants, Aids, CvRequests, EquipmentRequests, Professionals, SurveyAnswers];

    public static StoreRows Rows(IReadOnlyList<Dossier> rows) => new StoreRowsOf<Dossier>(Dossiers, rows, static (d, w) =>
    {
        w.Text(d.DossierId); w.Text(d.Operation); w.Text(d.CommuneInsee); w.Text(CanonicalCodes.Dispositif.ToCode(d.Dispositif));
        w.Text(d.ReferentId); w.Date(d.StartDate); w.Date(d.EndDate); w.Text(d.DestinationInsee); w.Text(d.DestinationCountry);
        w.Decimal(d.DistanceKm); w.Bool(d.DuringSchoolHolidays); w.Text(d.Board is { } b ? CanonicalCodes.Board.ToCode(b) : null);
        w.Decimal(d.LodgingEur); w.Decimal(d.MealsEur); w.Decimal(d.TouristTaxEur); w.Decimal(d.TransportEur);
        w.Decimal(d.ActivitiesEur); w.Decimal(d.ExtrasEur); w.Decimal(d.PublicPriceEur);
        w.Text(d.Offer is { } o ? CanonicalCodes.SeniorsOffer.ToCode(o) : null); w.Bool(d.SingleRoom); w.Bool(d.SocialSupport);
        w.Bool(d.ConventionedStructure); w.Bool(d.OtherFunderRequested); w.Text(d.HouseholdId); w.Decimal(d.QfEur);
        w.Decimal(d.RfrEur); w.Decimal(d.TaxParts); w.Decimal(d.RniEur); w.Bool(d.Couple); w.Bool(d.CafAllocataire);
        w.Int(d.DependentChildren); w.Bool(d.Aeeh); w.Int(d.LastAvfYear); w.Text(Json(d.Extra));
    });

    public static StoreRows Rows(IReadOnlyList<Participant> rows) => new StoreRowsOf<Participant>(Participants, rows, static (p, w) =>
    {
        w.Text(p.ParticipantId); w.Text(p.DossierId); w.Date(p.BirthDate); w.Int(p.DeclaredAge); w.Text(CanonicalCodes.Role.ToCode(p.Role));
        w.Text(p.Pcs is { } pcs ? CanonicalCodes.Pcs.ToCode(pcs) : null); w.Bool(p.Handicap); w.Bool(p.Ald30); w.Int(p.Gir);
        w.Bool(p.RetiredOrInactive); w.Text(Statuses(p.Statuses)); w.Bool(p.FirstDeparture); w.Bool(p.Aeeh);
        w.Decimal(p.RfrEur); w.Decimal(p.TaxParts); w.Text(Json(p.Extra));
    });

    public static StoreRows Rows(IReadOnlyList<RecordedAid> rows) => new StoreRowsOf<RecordedAid>(Aids, rows, static (a, w) =>
    {
        w.Text(a.DossierId); w.Text(a.ParticipantId); w.Text(a.Programme); w.Text(a.Funder); w.Decimal(a.AmountEur);
    });

    public static StoreRows Rows(IReadOnlyList<CvRequest> rows) => new StoreRowsOf<CvRequest>(CvRequests, rows, static (r, w) =>
    {
        w.Text(r.RequestId); w.Date(r.RequestDate); w.Decimal(r.AmountEur); w.Int(r.IssueYear);
        w.Text(r.Reason is { } reason ? CanonicalCodes.CvReason.ToCode(reason) : null); w.Decimal(r.QfEur); w.Decimal(r.RfrEur);
        w.Decimal(r.TaxParts); w.Bool(r.ProcheAidant);
    });

    public static StoreRows Rows(IReadOnlyList<EquipmentRequest> rows) => new StoreRowsOf<EquipmentRequest>(EquipmentRequests, rows, static (r, w) =>
    {
        w.Text(r.RequestId); w.Date(r.RequestDate); w.Decimal(r.InvestmentEur); w.Bool(r.AccessibilityBonus);
        w.Bool(r.EnvironmentBonus); w.Bool(r.ManagerConventioned); w.Bool(r.NewActivity); w.Bool(r.ComplianceOnly); w.Date(r.LastAidDate);
    });

    public static StoreRows Rows(IReadOnlyList<ProfessionalMonth> rows) => new StoreRowsOf<ProfessionalMonth>(Professionals, rows, static (p, w) =>
    {
        w.Text(p.ProId); w.Text(p.CommuneInsee); w.Text(p.Role); w.Date(p.Month); w.Decimal(p.HoursDirect); w.Decimal(p.HoursTotal);
    });

    /// <summary>Survey answers of <paramref name="survey"/> (<c>partants</c> or <c>professionnels</c>) in long form.</summary>
    public static StoreRows Rows(string survey, IReadOnlyList<string> columns, IReadOnlyList<string?[]> responses)
    {
        var cells = new List<(int Response, string Column, string Answer)>();
        for (var r = 0; r < responses.Count; r++)
            for (var c = 0; c < responses[r].Length && c < columns.Count; c++)
                if (responses[r][c] is { } answer) cells.Add((r, columns[c], answer));
        return new StoreRowsOf<(int Response, string Column, string Answer)>(SurveyAnswers, cells, (cell, w) =>
        {
            w.Text(survey); w.Int(cell.Response); w.Text(cell.Column); w.Text(cell.Answer);
        });
    }

    private static string? Json(IReadOnlyDictionary<string, string>? extra) =>
        extra is null ? null : JsonSerializer.Serialize(new SortedDictionary<string, string>(extra.ToDictionary(), StringComparer.Ordinal));

    private static string? Statuses(ParticipantStatuses statuses)
    {
        if (statuses == ParticipantStatuses.None) return null;
        return string.Join('|', Enum.GetValues<ParticipantStatuses>()
            .Where(s => s != ParticipantStatuses.None && statuses.HasFlag(s)).Select(CanonicalCodes.Status.ToCode));
    }
}
