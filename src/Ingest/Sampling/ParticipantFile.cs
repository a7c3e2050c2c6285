using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary><c>participants.csv</c> in the canonical column order of DESIGN §3.2.</summary>
internal static class ParticipantFile
{
    public const string Name = "participants.csv";

    public static CsvSampleWriter Open(string directory) => new(Path.Combine(directory, Name),
        "participant_id", "dossier_id", "birth_date", "role", "pcs", "handicap", "ald30", "gir", "retired_or_inactive", "statuses",
        "first_departure", "aeeh", "rfr_eur", "tax_parts");

    public static void Write(CsvSampleWriter w, Participant p)
    {
        w.Text(p.ParticipantId).Text(p.DossierId).Date(p.BirthDate).Text(CanonicalCodes.Role.ToCode(p.Role))
            .Text(p.Pcs is { } pcs ? CanonicalCodes.Pcs.ToCode(pcs) : null).Bool(p.Handicap).Bool(p.Ald30).Integer(p.Gir)
            .Bool(p.RetiredOrInactive).Text(Statuses(p.Statuses)).Bool(p.FirstDeparture).Bool(p.Aeeh).Number(p.RfrEur).Number(p.TaxParts);
        w.EndRow();
    }

    /// <summary>The <c>|</c>-separated canonical codes of the statuses held, in the codes' declaration order.</summary>
    private static string? Statuses(ParticipantStatuses statuses)
    {
        if (statuses == ParticipantStatuses.None) return null;
        return string.Join('|', CanonicalCodes.Status.Codes.Where(code =>
            CanonicalCodes.Status.TryParse(code, out var flag) && statuses.HasFlag(flag)));
    }
}
