using Vacances.Ingest.Files;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Tests.Loading;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Tests.Files;

/// <summary>Validation of aids, requests, professionals' hours and survey answers (DESIGN §3.3–3.5, §10).</summary>
public sealed class OtherFilesTests
{
    private static IngestContext Context()
    {
        var context = new IngestContext(OperationFolderTests.TestKey, CommuneReferential.Default);
        context.Dossiers["D1"] = new DateOnly(2026, 7, 1);
        return context;
    }

    [Fact]
    public void AidFileRead_QuarantinesAids_WhenDossierUnknownOrAmountNegativeOrMissing()
    {
        using var folder = new TempFolder();
        var path = folder.Write("aids.csv", "dossier_id;participant_id;programme;funder;amount_eur\nD1;;ancv.apv;ancv;200\nD9;;ancv.apv;ancv;10\nD1;;ancv.apv;ancv;-3\nD1;;ancv.apv;ancv;\n");

        var result = AidFile.Read(path, "aids.csv", Context());

        Assert.Equal((4L, 1L), (result.RowsRead, result.AcceptedCount));
        Assert.Equal(["dossier_id", "amount_eur", "amount_eur"], result.Quarantined.Select(q => Assert.Single(q.Errors).Column));
    }

    [Fact]
    public void CvRequestFileRead_QuarantinesRequests_WhenReasonUnknownOrIdRepeated()
    {
        using var folder = new TempFolder();
        var path = folder.Write("cv_requests.csv", "request_id,request_date,amount_eur,issue_year,reason\nC1,2026-03-01,150,2023,sante\nC2,2026-03-01,150,2023,vacances\nC1,2026-03-02,10,2023,sante\n");

        var result = CvRequestFile.Read(path, "cv_requests.csv", Context());

        Assert.Equal("C1", Assert.Single(result.Accepted).RequestId);
        Assert.Equal(2, result.Quarantined.Count);
    }

    [Fact]
    public void EquipmentRequestFileRead_ParsesBooleansAndDates_WhenFrenchSpellings()
    {
        using var folder = new TempFolder();
        var path = folder.Write("equipment_requests.csv", "request_id;request_date;investment_eur;accessibility_bonus;environment_bonus;last_aid_date\nE1;15/01/2026;250000,00;OUI;faux;2019-05-01\n");

        var request = Assert.Single(EquipmentRequestFile.Read(path, "equipment_requests.csv", Context()).Accepted);

        Assert.Equal((true, false), (request.AccessibilityBonus, request.EnvironmentBonus));
        Assert.Equal(new DateOnly(2019, 5, 1), request.LastAidDate);
        Assert.Equal(250000m, request.InvestmentEur);
    }

    [Fact]
    public void ProfessionalFileRead_QuarantinesMonths_WhenHoursImplausibleOrRepeated()
    {
        using var folder = new TempFolder();
        var path = folder.Write("professionals.csv", "pro_id;commune_insee;role;month;hours_direct;hours_total\nR1;62065;cesf;2026-02;60;110\nR1;62065;cesf;02/2026;1;2\nR2;62065;cesf;2026-02;800;900\nR3;62065;cesf;2026-13;1;2\n");

        var result = ProfessionalFile.Read(path, "professionals.csv", Context());

        Assert.Single(result.Accepted);
        Assert.Equal(3, result.Quarantined.Count);
    }

    [Fact]
    public void SurveyAnswersFileRead_QuarantinesAnswers_WhenOutsideTheCodebook()
    {
        using var folder = new TempFolder();
        var codebook = Vacances.Ingest.Loading.CodebookReader.Read(folder.Write("codebook.json", Tests.SampleOperation.Codebook), "codebook.json");
        var path = folder.Write("partants.csv", "response_id;commune_insee;decouverte_droits_vacances;heures\nR1;62065;oui;3,5\nR2;62065;peut-être;\nR3;62065;non;beaucoup\nR1;62065;non;\n");

        var result = SurveyAnswersFile.Read(path, "partants.csv", FileKind.SurveyPartants, Context(), codebook, out var columns);

        Assert.Equal(4, columns.Count);
        Assert.Equal("R1", Assert.Single(result.Accepted)[0]);
        Assert.Equal(["decouverte_droits_vacances", "heures", "response_id"], result.Quarantined.Select(q => Assert.Single(q.Errors).Column));
    }
}
