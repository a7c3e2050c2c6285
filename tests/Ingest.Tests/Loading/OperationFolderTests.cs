using Vacances.Ingest.Errors;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Model;
using Vacances.Ingest.Pseudonymisation;

namespace Vacances.Ingest.Tests.Loading;

public sealed class OperationFolderTests
{
    internal static readonly Pseudonymiser TestKey = new("clé de test, jamais en production"u8.ToArray());

    [Fact]
    public void Read_LoadsEveryCanonicalFile_WhenTheFolderIsValid()
    {
        using var folder = new TempFolder();
        SampleOperation.WriteTo(folder);

        var reading = OperationFolder.Read(folder.Path, TestKey);
        var data = reading.Data;

        Assert.Equal("test-2026", data.Config.Id);
        Assert.Equal(2026, data.Config.Year);
        Assert.Equal(["ancv.apv", "commune.aide_locale"], data.Config.DispositifProgrammes["individuel"]);
        Assert.Equal(2, data.Config.Funders.Count);
        Assert.Equal(3, data.Dossiers.Count);
        Assert.Equal(420.50m, data.Dossiers[0].LodgingEur);
        Assert.Equal(new DateOnly(2026, 8, 15), data.Dossiers[1].StartDate);
        Assert.Equal(7, data.Dossiers[1].Nights);
        Assert.Equal(Board.Half, data.Dossiers[0].Board);
        Assert.Equal(3, data.Participants.Count);
        Assert.Equal(ParticipantStatuses.Boursier | ParticipantStatuses.Cej, data.Participants[2].Statuses);
        Assert.Equal(150.5m, data.Aids[1].AmountEur);
        Assert.Equal(new DateOnly(2026, 3, 1), data.Professionals[1].Month);
        Assert.NotNull(data.Survey);
        Assert.Equal(2, data.Survey.Partants.Rows.Count);
        Assert.Equal(3, data.Survey.Codebook.Count);
        Assert.All(reading.Files, f => Assert.Empty(f.Quarantined));
    }

    [Fact]
    public void Read_PseudonymisesDirectIdentifiers_WhenExtraColumnsHoldThem()
    {
        using var folder = new TempFolder();
        SampleOperation.WriteTo(folder);

        var data = OperationFolder.Read(folder.Path, TestKey).Data;

        var nom = data.Dossiers[0].Extra!["nom"];
        Assert.StartsWith("ps_", nom);
        Assert.Equal(TestKey.Pseudonym("DUPONT"), nom);
        Assert.StartsWith("ps_", data.Participants[1].Extra!["prenom"]);
        var email = data.Survey!.Partants.IndexOf("email");
        Assert.StartsWith("ps_", data.Survey.Partants.Rows[0][email]);
        Assert.Null(data.Dossiers[2].Extra);
    }

    [Fact]
    public void Read_Throws_WhenDossiersAreMissing()
    {
        using var folder = new TempFolder();
        folder.Write("operation.yaml", SampleOperation.OperationYaml);

        var error = Assert.Throws<InvalidInputException>(() => OperationFolder.Read(folder.Path, TestKey));
        Assert.Contains("dossiers.csv", error.Message);
    }
}
