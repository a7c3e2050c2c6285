using Vacances.Ingest.Model;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Files;

/// <summary>
/// Reads and validates <c>participants.csv</c> (DESIGN §3.2, §10): the dossier must be an accepted one, the age
/// (declared, or from the birth date on the stay's first day) plausible (0–120), GIR 1–6, codes and statuses
/// canonical, a person listed once per dossier. Read after <see cref="DossierFile"/>.
/// </summary>
public static class ParticipantFile
{
    /// <summary>Oldest plausible age in years.</summary>
    public const int MaxAge = 120;

    private const int ParticipantId = 0, DossierId = 1, BirthDate = 2, Age = 3, RoleColumn = 4, PcsColumn = 5,
        Handicap = 6, Ald30 = 7, Gir = 8, RetiredOrInactive = 9, Statuses = 10, FirstDeparture = 11, Aeeh = 12,
        RfrEur = 13, TaxParts = 14;

    /// <summary>The columns of §3.2, in the order of the constants above.</summary>
    public static readonly FileSchema Schema = new("participants.csv",
    [
        "participant_id", "dossier_id", "birth_date", "age", "role", "pcs", "handicap", "ald30", "gir",
        "retired_or_inactive", "statuses", "first_departure", "aeeh", "rfr_eur", "tax_parts",
    ], ["participant_id", "dossier_id", "role"]);

    /// <summary>Reads <paramref name="path"/> against the dossiers already in <paramref name="context"/>.</summary>
    public static FileReadResult<Participant> Read(string path, string displayName, IngestContext context)
    {
        var firstLine = new Dictionary<(string, string), long>();
        return TableReading.Read(path, displayName, FileKind.Participants, Schema, context, row => Map(row, context, firstLine));
    }

    /// <summary>Reads <paramref name="path"/>, handing each accepted participant to <paramref name="accepted"/> as it is read.</summary>
    public static FileReadSummary Stream(string path, string displayName, IngestContext context, Action<Participant> accepted)
    {
        var firstLine = new Dictionary<(string, string), long>();
        return TableReading.Stream(path, displayName, FileKind.Participants, Schema, context, row => Map(row, context, firstLine), accepted);
    }

    private static Participant Map(RowReader row, IngestContext context, Dictionary<(string, string), long> firstLine)
    {
        var id = row.RequiredText(ParticipantId);
        var dossier = context.DossierIdIn(row, DossierId, out var known, out var start);
        DateOnly? stayStart = null;
        if (dossier.Length > 0)
        {
            if (known) stayStart = start;
            else row.Error(DossierId, $"dossier « {dossier} » inexistant (absent des dossiers acceptés)");
        }
        if (id.Length > 0 && dossier.Length > 0 && !firstLine.TryAdd((id, dossier), row.Line))
            row.Error(ParticipantId, $"participant « {id} » en double dans le dossier « {dossier} » (déjà ligne {firstLine[(id, dossier)]})");
        var birth = row.Date(BirthDate);
        var age = row.Int(Age, 0, MaxAge, $"âge implausible (attendu 0 à {MaxAge} ans)");
        var participant = new Participant
        {
            ParticipantId = id,
            DossierId = dossier,
            BirthDate = birth,
            DeclaredAge = age,
            Role = row.RequiredCode(RoleColumn, CanonicalCodes.Role),
            Pcs = row.Code(PcsColumn, CanonicalCodes.Pcs),
            Handicap = row.Bool(Handicap),
            Ald30 = row.Bool(Ald30),
            Gir = row.Int(Gir, 1, 6, "GIR hors de 1 à 6"),
            RetiredOrInactive = row.Bool(RetiredOrInactive),
            Statuses = ReadStatuses(row),
            FirstDeparture = row.Bool(FirstDeparture),
            Aeeh = row.Bool(Aeeh),
            RfrEur = row.Money(RfrEur),
            TaxParts = row.Decimal(TaxParts),
            Extra = row.Extra(),
        };
        if (birth is not null && stayStart is { } day && participant.AgeOn(day) is { } years and (< 0 or > MaxAge))
            row.Error(BirthDate, $"âge implausible au début du séjour ({years} ans)");
        return participant;
    }

    private static ParticipantStatuses ReadStatuses(RowReader row)
    {
        var raw = row.Raw(Statuses);
        var statuses = ParticipantStatuses.None;
        foreach (var range in raw.Split('|'))
        {
            var code = raw[range].Trim();
            if (code.IsEmpty) continue;
            if (CanonicalCodes.Status.TryParse(code, out var status)) statuses |= status;
            else row.Error(Statuses, $"statut « {code} » inconnu (attendu : {string.Join(", ", CanonicalCodes.Status.Codes)})");
        }
        return statuses;
    }
}
