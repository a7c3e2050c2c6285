using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary><c>aids.csv</c> (DESIGN §3.3): <c>dossier_id;participant_id;programme;funder;amount_eur</c>.</summary>
internal static class AidFile
{
    public const string Name = "aids.csv";

    public static CsvSampleWriter Open(string directory) =>
        new(Path.Combine(directory, Name), "dossier_id", "participant_id", "programme", "funder", "amount_eur");

    public static void Write(CsvSampleWriter w, RecordedAid aid)
    {
        w.Text(aid.DossierId).Text(aid.ParticipantId).Text(aid.Programme).Text(aid.Funder).Money(aid.AmountEur);
        w.EndRow();
    }
}
