using Vacances.Ingest.Model;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Files;

/// <summary>
/// Reads and validates <c>aids.csv</c> (DESIGN §3.3, §10): each aid names an accepted dossier, a programme,
/// a funder code and an amount ≥ 0; <c>participant_id</c> is empty for a dossier-level aid.
/// </summary>
public static class AidFile
{
    private const int DossierId = 0, ParticipantId = 1, Programme = 2, Funder = 3, AmountEur = 4;

    /// <summary>The columns of §3.3.</summary>
    public static readonly FileSchema Schema = new("aids.csv",
        ["dossier_id", "participant_id", "programme", "funder", "amount_eur"],
        ["dossier_id", "programme", "funder", "amount_eur"]);

    /// <summary>Reads <paramref name="path"/> against the dossiers already in <paramref name="context"/>.</summary>
    public static FileReadResult<RecordedAid> Read(string path, string displayName, IngestContext context) =>
        TableReading.Read(path, displayName, FileKind.Aids, Schema, context, row => Map(row, context));

    /// <summary>Reads <paramref name="path"/>, handing each accepted aid to <paramref name="accepted"/> as it is read.</summary>
    public static FileReadSummary Stream(string path, string displayName, IngestContext context, Action<RecordedAid> accepted) =>
        TableReading.Stream(path, displayName, FileKind.Aids, Schema, context, row => Map(row, context), accepted);

    private static RecordedAid Map(RowReader row, IngestContext context)
    {
        var dossier = context.DossierIdIn(row, DossierId, out var known, out _);
        if (dossier.Length > 0 && !known)
            row.Error(DossierId, $"dossier « {dossier} » inexistant (absent des dossiers acceptés)");
        return new RecordedAid(dossier, row.Text(ParticipantId), row.RequiredText(Programme),
            row.RequiredText(Funder), row.Money(AmountEur, required: true) ?? 0m);
    }
}
