using Vacances.Ingest.Errors;
using Vacances.Ingest.Files;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Tests.Loading;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Tests.Files;

public sealed class DossierFileTests
{
    private const string Header = "dossier_id;commune_insee;dispositif;start_date;end_date;destination_insee;lodging_eur;board;offer;during_school_holidays;dependent_children;destination_country";

    private static FileReadResult<Model.Dossier> Read(string content, string name = "dossiers.csv")
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, content);
        return DossierFile.Read(path, name, new IngestContext(OperationFolderTests.TestKey, CommuneReferential.Default, "op"));
    }

    [Theory]
    [InlineData("D1;99999;individuel;2026-07-01;2026-07-08;;;;;;;", "commune_insee", "absent du COG")]
    [InlineData("D1;62065;individuel;2026-07-01;2026-07-08;12345;;;;;;", "destination_insee", "absent du COG")]
    [InlineData("D1;62065;croisiere;2026-07-01;2026-07-08;;;;;;;", "dispositif", "code inconnu")]
    [InlineData("D1;62065;individuel;2026-07-01;2026-07-08;;;demi;;;;", "board", "code inconnu")]
    [InlineData("D1;62065;individuel;2026-07-01;2026-07-08;;;;seniors_9n;;;", "offer", "code inconnu")]
    [InlineData("D1;62065;individuel;31/02/2026;2026-07-08;;;;;;;", "start_date", "date inexistante")]
    [InlineData("D1;62065;individuel;2026-07-01;demain;;;;;;;", "end_date", "n'est pas une date")]
    [InlineData("D1;62065;individuel;2026-07-08;2026-07-01;;;;;;;", "end_date", "antérieure")]
    [InlineData("D1;62065;individuel;2026-07-01;2026-07-08;;-10;;;;;", "lodging_eur", "négatif")]
    [InlineData("D1;62065;individuel;2026-07-01;2026-07-08;;douze;;;;;", "lodging_eur", "pas un nombre")]
    [InlineData("D1;62065;individuel;2026-07-01;2026-07-08;;99999999999999999999999999;;;;;", "lodging_eur", "démesuré")]
    [InlineData("D1;62065;individuel;2026-07-01;2026-07-08;;;;;peut-être;;", "during_school_holidays", "booléen")]
    [InlineData("D1;62065;individuel;2026-07-01;2026-07-08;;;;;;2,5;", "dependent_children", "entier")]
    [InlineData("D1;62065;individuel;2026-07-01;2026-07-08;;;;;;;France", "destination_country", "ISO 3166")]
    [InlineData(";62065;individuel;2026-07-01;2026-07-08;;;;;;;", "dossier_id", "obligatoire")]
    [InlineData("D1;;individuel;2026-07-01;2026-07-08;;;;;;;", "commune_insee", "obligatoire")]
    [InlineData("D1;62065;individuel;;2026-07-08;;;;;;;", "start_date", "obligatoire")]
    public void Read_QuarantinesTheRow_WhenAFieldBreaksARule(string row, string column, string reason)
    {
        var result = Read($"{Header}\nOK;62065;individuel;2026-07-01;2026-07-08;;;;;;;\n{row}\n");

        Assert.Equal((2L, 1L), (result.RowsRead, result.AcceptedCount));
        var quarantined = Assert.Single(result.Quarantined);
        Assert.Equal(3, quarantined.Line);
        var error = Assert.Single(quarantined.Errors);
        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Reason);
    }

    [Fact]
    public void Read_QuarantinesARowOnceWithEveryReason_WhenSeveralRulesBreak()
    {
        var result = Read($"{Header}\nD1;99999;croisiere;2026-07-01;2026-02-30;;-1;;;;;\n");

        var row = Assert.Single(result.Quarantined);
        Assert.Equal(["commune_insee", "dispositif", "end_date", "lodging_eur"], row.Errors.Select(e => e.Column!).Order());
        Assert.All(row.Errors, e => Assert.Equal(2, e.Line));
    }

    [Fact]
    public void Read_QuarantinesTheSecondRow_WhenADossierIdRepeats()
    {
        var result = Read($"{Header}\nD1;62065;individuel;2026-07-01;2026-07-08;;;;;;;\nD1;62065;individuel;2026-07-01;2026-07-08;;;;;;;\n");

        Assert.Single(result.Accepted);
        Assert.Contains("en double (déjà ligne 2)", Assert.Single(Assert.Single(result.Quarantined).Errors).Reason);
    }

    [Fact]
    public void Read_QuarantinesTheRow_WhenItHasMoreFieldsThanTheHeader()
    {
        var result = Read("dossier_id;commune_insee;dispositif;start_date;end_date\nD1;62065;individuel;2026-07-01;2026-07-08;surplus\n");

        var error = Assert.Single(Assert.Single(result.Quarantined).Errors);
        Assert.Null(error.Column);
        Assert.Contains("6 champs pour 5 colonnes", error.Reason);
    }

    [Fact]
    public void Read_QuarantinesTheRow_WhenAFieldHoldsANulByte()
    {
        var result = Read("dossier_id;commune_insee;dispositif;start_date;end_date;note\nD1;62065;individuel;2026-07-01;2026-07-08;a\0b\nD2;62065;individuel;2026-07-01;2026-07-08;ok\n");

        Assert.Equal("D2", Assert.Single(result.Accepted).DossierId);
        Assert.Contains("NUL", Assert.Single(Assert.Single(result.Quarantined).Errors).Reason);
    }

    [Fact]
    public void Read_QuarantinesTheRow_WhenAFieldExceeds64KiB()
    {
        var huge = new string('x', 64 * 1024 + 1);
        var result = Read($"dossier_id;commune_insee;dispositif;start_date;end_date;note\nD1;62065;individuel;2026-07-01;2026-07-08;{huge}\n");

        var error = Assert.Single(Assert.Single(result.Quarantined).Errors);
        Assert.Equal("note", error.Column);
        Assert.Contains("64 Kio", error.Reason);
    }

    [Theory]
    [InlineData("dossier_id;commune_insee;dispositif;start_date\nD1;62065;individuel;2026-07-01\n", "end_date")]
    [InlineData("D1;62065;individuel;2026-07-01;2026-07-08\nD2;62065;individuel;2026-07-01;2026-07-08\n", "en-tête")]
    [InlineData("dossier_id;DOSSIER_ID;commune_insee;dispositif;start_date;end_date\n", "deux fois")]
    public void Read_RefusesTheWholeFile_WhenTheHeaderIsUnusable(string content, string reason)
    {
        var error = Assert.Throws<InvalidInputException>(() => Read(content));

        Assert.Contains(reason, error.Message);
        Assert.Contains("dossiers.csv", error.Message);
    }

    [Fact]
    public void Read_AcceptsFrenchHabits_WhenHeadersAreUpperCaseAndValuesFrench()
    {
        var result = Read("Dossier_ID , COMMUNE_INSEE,Dispositif,Start_Date,end_date,lodging_eur,couple,Remarque\n" +
            "D1,62065,INDIVIDUEL,01/07/2026,2026-07-08,\"1 234,56\",Vrai,à revoir\n");

        var dossier = Assert.Single(result.Accepted);
        Assert.Equal(1234.56m, dossier.LodgingEur);
        Assert.Equal(new DateOnly(2026, 7, 1), dossier.StartDate);
        Assert.True(dossier.Couple);
        Assert.Equal("op", dossier.Operation);
        Assert.Equal("FR", dossier.DestinationCountry);
        Assert.Equal("à revoir", dossier.Extra!["Remarque"]);
    }

    [Fact]
    public void Read_AcceptsNoRow_WhenTheFileHasOnlyAHeader()
    {
        var result = Read("dossier_id;commune_insee;dispositif;start_date;end_date\n");

        Assert.Equal((0L, 0L), (result.RowsRead, result.AcceptedCount));
    }

    [Fact]
    public void Read_ReadsUtf16AndCarriageReturnLines_WhenAnExportUsesThem()
    {
        using var folder = new TempFolder();
        var path = folder.Write("dossiers.csv", "dossier_id;commune_insee;dispositif;start_date;end_date\rD1;62065;individuel;2026-07-01;2026-07-08\rD2;62065;individuel;2026-07-01;2026-07-08\r",
            System.Text.Encoding.Unicode);

        var result = DossierFile.Read(path, "dossiers.csv", new IngestContext(OperationFolderTests.TestKey, CommuneReferential.Default));

        Assert.Equal(["D1", "D2"], result.Accepted.Select(d => d.DossierId));
    }

    [Fact]
    public void Read_QuarantinesTheRestOfTheFileAsOneRow_WhenAQuoteIsNeverClosed()
    {
        var result = Read("dossier_id;commune_insee;dispositif;start_date;end_date\nD1;62065;individuel;2026-07-01;2026-07-08\nD2;\"62065;individuel;2026-07-01;2026-07-08\nD3;62065;individuel;2026-07-01;2026-07-08\n");

        Assert.Equal("D1", Assert.Single(result.Accepted).DossierId);
        Assert.Equal(3, Assert.Single(result.Quarantined).Line);
    }
}
