using System.Text;
using Vacances.Ingest.Files;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Tests.Loading;

/// <summary>
/// Dossiers, participants and aids are read at the same time (issues 2 and 9): the result must be, row for row,
/// that of reading the dossiers first, on a hostile folder where participants and aids name quarantined dossiers,
/// unknown ones, duplicated ones and dossiers that come late in <c>dossiers.csv</c>.
/// </summary>
public sealed class OperationFolderConcurrencyTests
{
    private const int DossierCount = 4000;

    /// <summary>Writes the hostile folder; returns it.</summary>
    private static TempFolder HostileFolder()
    {
        var folder = new TempFolder();
        folder.Write("operation.yaml", SampleOperation.OperationYaml);
        var dossiers = new StringBuilder("dossier_id;commune_insee;dispositif;start_date;end_date\n");
        var participants = new StringBuilder("participant_id;dossier_id;birth_date;role\n");
        var aids = new StringBuilder("dossier_id;participant_id;programme;funder;amount_eur\n");
        // Rows naming dossiers the dossier reader reaches only at the very end, or never.
        participants.Append("PL;DLATE;2000-01-05;adult\nPN;NOPE;;adult\nPE;;;adult\n");
        aids.Append("DLATE;;ancv.apv;ancv;10\nNOPE;;ancv.apv;ancv;10\n");
        for (var i = 1; i <= DossierCount; i++)
        {
            var id = $"D{i:00000}";
            // Every 7th dossier ends before it starts: quarantined, and so are the rows that name it.
            var end = i % 7 == 0 ? "2026-06-20" : "2026-07-08";
            dossiers.Append($"{id};62065;individuel;2026-07-01;{end}\n");
            if (i % 500 == 0) dossiers.Append($"{id};62065;individuel;2026-06-01;2026-06-08\n"); // duplicate: quarantined
            if (i % 911 == 0) dossiers.Append(";62065;individuel;2026-07-01;2026-07-08\n"); // no id
            // Born on 2026-06-15: 0 on the first occurrence's start; on the duplicate's it would be negative.
            participants.Append($"P{i}a;{id};2026-06-15;child\nP{i}b;{id};1980-01-01;adult\n");
            aids.Append($"{id};P{i}a;ancv.apv;ancv;{i % 50}\n");
        }
        dossiers.Append("DLATE;62065;individuel;2026-07-01;2026-07-08\n");
        folder.Write("dossiers.csv", dossiers.ToString());
        folder.Write("participants.csv", participants.ToString());
        folder.Write("aids.csv", aids.ToString());
        return folder;
    }

    private static string Describe(IFileReadSummary file) =>
        $"{file.File} {file.RowsRead} {file.AcceptedCount}\n"
        + string.Join("\n", file.Quarantined.Select(q => q.Line + ": " + string.Join(" | ", q.Errors.Select(e => $"{e.Line} {e.Column} {e.Reason}"))));

    [Fact]
    public void Read_GivesTheQuarantineOfADossiersFirstRead_WhenParticipantsAndAidsAreReadAtTheSameTime()
    {
        using var folder = HostileFolder();
        var sequential = new IngestContext(OperationFolderTests.TestKey, CommuneReferential.Default, "test-2026");
        var dossiers = DossierFile.Read(Path.Combine(folder.Path, "dossiers.csv"), "dossiers.csv", sequential);
        var participants = ParticipantFile.Read(Path.Combine(folder.Path, "participants.csv"), "participants.csv", sequential);
        var aids = AidFile.Read(Path.Combine(folder.Path, "aids.csv"), "aids.csv", sequential);

        var reading = OperationFolder.Read(folder.Path, OperationFolderTests.TestKey);

        Assert.Equal([Describe(dossiers), Describe(participants), Describe(aids)], reading.Files.Take(3).Select(Describe));
        Assert.Equal(participants.Accepted.Select(p => (p.ParticipantId, p.DossierId)),
            reading.Data.Participants.Select(p => (p.ParticipantId, p.DossierId)));
        Assert.Equal(aids.Accepted.Select(a => (a.DossierId, a.ParticipantId, a.AmountEur)),
            reading.Data.Aids.Select(a => (a.DossierId, a.ParticipantId, a.AmountEur)));
        // The cases the folder was written for are all there.
        Assert.Contains(reading.Data.Participants, p => p.ParticipantId == "PL");
        Assert.Contains(reading.Data.Aids, a => a.DossierId == "DLATE");
        Assert.Contains(reading.Files[1].Quarantined, q => q.Errors.Any(e => e.Reason.Contains("« NOPE » inexistant")));
        Assert.Contains(reading.Files[1].Quarantined, q => q.Errors.Any(e => e.Reason.Contains("« D00007 » inexistant")));
        Assert.Contains(reading.Data.Participants, p => p.ParticipantId == "P500a");
        Assert.Equal(DossierCount - DossierCount / 7 + 1, reading.Data.Dossiers.Count);
    }

    [Fact]
    public void Read_RefusesTheDossierFile_WhenItCannotBeReadEvenThoughTheOthersCould()
    {
        using var folder = HostileFolder();
        folder.Write("dossiers.csv", "dossier_id;commune_insee;dispositif;start_date\nD00001;62065;individuel;2026-07-01\n");

        var refused = Assert.Throws<Errors.InvalidInputException>(() => OperationFolder.Read(folder.Path, OperationFolderTests.TestKey));

        Assert.Equal("dossiers.csv", refused.File);
    }
}
