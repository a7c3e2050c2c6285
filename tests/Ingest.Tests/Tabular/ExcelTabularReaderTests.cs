using Vacances.Ingest.Files;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Tests.Loading;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Tests.Tabular;

public sealed class ExcelTabularReaderTests
{
    [Fact]
    public void DossierFileRead_ReadsAWorkbook_WithTheSameColumnsAsTheCsv()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "dossiers.xlsx");
        MinimalXlsx.Write(path,
        [
            ["dossier_id", "COMMUNE_INSEE", "dispositif", "start_date", "end_date", "lodging_eur", "couple"],
            ["D1", "62065", "individuel", "2026-07-01", "08/07/2026", "420.5", "oui"],
            ["D2", "99999", "individuel", "2026-07-01", "2026-07-08", "-1", "non"],
        ]);
        var numeric = Path.Combine(folder.Path, "numeric.xlsx");
        MinimalXlsx.Write(numeric,
        [
            ["dossier_id", "commune_insee", "dispositif", "start_date", "end_date"],
            ["D3", "1001", "individuel", "2026-07-01", "2026-07-08"],
        ]);

        var result = DossierFile.Read(path, "dossiers.xlsx", new IngestContext(OperationFolderTests.TestKey, CommuneReferential.Default));

        var dossier = Assert.Single(result.Accepted);
        Assert.Equal(420.5m, dossier.LodgingEur);
        Assert.Equal(7, dossier.Nights);
        Assert.True(dossier.Couple);
        var quarantined = Assert.Single(result.Quarantined);
        Assert.Equal(3, quarantined.Line);
        Assert.Equal(["commune_insee", "lodging_eur"], quarantined.Errors.Select(e => e.Column!).Order());
        var padded = DossierFile.Read(numeric, "numeric.xlsx", new IngestContext(OperationFolderTests.TestKey, CommuneReferential.Default));
        Assert.Equal("01001", Assert.Single(padded.Accepted).CommuneInsee);
    }

    [Fact]
    public void OperationFolderRead_TakesTheWorkbook_WhenTheFolderHasNoCsv()
    {
        using var folder = new TempFolder();
        folder.Write("operation.yaml", Tests.SampleOperation.OperationYaml);
        MinimalXlsx.Write(Path.Combine(folder.Path, "Dossiers.XLSX"),
        [
            ["dossier_id", "commune_insee", "dispositif", "start_date", "end_date"],
            ["D1", "62065", "sac_ados", "2026-07-01", "2026-07-08"],
        ]);

        var data = Vacances.Ingest.Loading.OperationFolder.Read(folder.Path, OperationFolderTests.TestKey).Data;

        Assert.Equal("D1", Assert.Single(data.Dossiers).DossierId);
    }

    [Fact]
    public void Open_RefusesTheFile_WhenTheWorkbookIsCorrupt()
    {
        using var folder = new TempFolder();
        var path = folder.Write("dossiers.xlsx", "ceci n'est pas un classeur"u8.ToArray());

        Assert.Throws<Errors.InvalidInputException>(() => Ingest.Tabular.TabularFile.Open(path, "dossiers.xlsx"));
    }
}
