using Vacances.Ingest.Files;
using Vacances.Ingest.Model;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Tests.Loading;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Tests.Files;

public sealed class ParticipantFileTests
{
    private const string Header = "participant_id;dossier_id;birth_date;age;role;pcs;gir;statuses";

    private static FileReadResult<Participant> Read(string rows)
    {
        using var folder = new TempFolder();
        var path = folder.Write("participants.csv", $"{Header}\n{rows}\n");
        var context = new IngestContext(OperationFolderTests.TestKey, CommuneReferential.Default);
        context.Dossiers["D1"] = new DateOnly(2026, 7, 1);
        return ParticipantFile.Read(path, "participants.csv", context);
    }

    [Theory]
    [InlineData("P1;D404;;30;adult;;;", "dossier_id", "inexistant")]
    [InlineData("P1;D1;;121;adult;;;", "age", "âge implausible")]
    [InlineData("P1;D1;;-1;adult;;;", "age", "âge implausible")]
    [InlineData("P1;D1;1890-01-01;;adult;;;", "birth_date", "âge implausible")]
    [InlineData("P1;D1;2027-01-01;;child;;;", "birth_date", "âge implausible")]
    [InlineData("P1;D1;;30;adult;;7;", "gir", "GIR hors de 1 à 6")]
    [InlineData("P1;D1;;30;adult;;0;", "gir", "GIR hors de 1 à 6")]
    [InlineData("P1;D1;;30;grand-parent;;;", "role", "code inconnu")]
    [InlineData("P1;D1;;30;adult;chomeur;;", "pcs", "code inconnu")]
    [InlineData("P1;D1;;30;adult;;;boursier|rentier", "statuses", "statut « rentier » inconnu")]
    [InlineData("P1;D1;;30;;;;", "role", "obligatoire")]
    public void Read_QuarantinesTheRow_WhenAFieldBreaksARule(string row, string column, string reason)
    {
        var result = Read(row);

        var error = Assert.Single(Assert.Single(result.Quarantined).Errors);
        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Reason);
        Assert.Empty(result.Accepted);
    }

    [Fact]
    public void Read_AcceptsAPersonInTwoDossiers_ButNotTwiceInOne()
    {
        var result = Read("P1;D1;;30;adult;;;\nP1;D1;;30;adult;;;");

        Assert.Single(result.Accepted);
        Assert.Contains("en double", Assert.Single(Assert.Single(result.Quarantined).Errors).Reason);
    }

    [Fact]
    public void Read_AcceptsValidRows_WithBirthDateOrAgeAndStatuses()
    {
        var result = Read("P1;D1;2010-07-01;;child;;;\nP2;D1;;70;adult;retraite;4;proche_aidant|ASE");

        Assert.Equal(2, result.AcceptedCount);
        Assert.Equal(16, result.Accepted[0].AgeOn(new DateOnly(2026, 7, 1)));
        Assert.Equal(ParticipantStatuses.ProcheAidant | ParticipantStatuses.Ase, result.Accepted[1].Statuses);
        Assert.Equal(4, result.Accepted[1].Gir);
    }
}
