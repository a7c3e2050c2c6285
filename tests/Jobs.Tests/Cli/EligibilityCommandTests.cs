using Vacances.Jobs.Cli;

namespace Vacances.Jobs.Tests.Cli;

public sealed class EligibilityCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("vacances-eligibility-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string WriteDossiers() => Write("dossiers.csv",
        "dossier_id;commune_insee;dispositif;start_date;end_date;board;lodging_eur;meals_eur;tourist_tax_eur;transport_eur;during_school_holidays;caf_allocataire;dependent_children;qf_eur;other_funder_requested\n" +
        "R1;35238;individuel;2023-07-10;2023-07-17;half;1500;500;20;300;oui;oui;2;620;non\n" +
        "N1;62065;individuel;2026-07-04;2026-07-11;none;700;200;0;100;;;;800;oui\n");

    private string WriteParticipants() => Write("participants.csv",
        "participant_id;dossier_id;age;role\nA;R1;40;adult\nB;R1;10;child\nC;N1;40;adult\nE;N1;10;child\n");

    private async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await VacancesCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Eligibility_WritesTheResultsContract_WhenGivenSingleFiles()
    {
        var outPath = Path.Combine(_dir, "out", "eligibility.csv");
        var (code, _, error) = await Run("eligibility", "--dossiers", WriteDossiers(), "--participants", WriteParticipants(), "--out", outPath);
        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(outPath);
        Assert.Equal("dossier_id;participant_id;programme;eligible;aid_eur;reasons", lines[0]);
        Assert.Contains("R1;;caf35.avf;true;606.00;", lines);
        Assert.Contains("R1;;caf35.aat;false;0.00;distance_inconnue", lines);
        Assert.Contains("N1;C;ancv.apv;true;400.00;ressources_qf", lines);
        Assert.Contains("R1;B;caf35.ave;false;0.00;sejour_en_famille|structure_non_conventionnee", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("R1;A;ancv.", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("N1;;caf35.", StringComparison.Ordinal));
        Assert.Equal(lines.Skip(1).Order(StringComparer.Ordinal), lines.Skip(1));
    }

    [Fact]
    public async Task Eligibility_WritesRequestRows_WithTheRequestIdAndNoParticipant()
    {
        var cv = Write("cv_requests.csv", "request_id;request_date;amount_eur;issue_year;reason;qf_eur;rfr_eur;tax_parts;proche_aidant\nCV1;2026-03-10;250;2022;sante;800;;;\n");
        var eq = Write("equipment_requests.csv", "request_id;request_date;investment_eur;accessibility_bonus;environment_bonus;manager_conventioned;new_activity;compliance_only;last_aid_date\nEQ1;2026-04-01;500000;oui;non;oui;non;non;\n");
        var outPath = Path.Combine(_dir, "requests.csv");
        var (code, _, error) = await Run("eligibility", "--cv-requests", cv, "--equipment-requests", eq, "--out", outPath);
        Assert.True(code == 0, error);
        Assert.Equal(
            ["dossier_id;participant_id;programme;eligible;aid_eur;reasons", "CV1;;ancv.cv_perimes;true;240.00;ressources_qf", "EQ1;;ancv.equipements;true;100000.00;"],
            File.ReadAllLines(outPath));
    }

    [Fact]
    public async Task Eligibility_ExitsWithUsage_WhenNoInputIsGiven()
    {
        var (code, _, error) = await Run("eligibility", "--out", Path.Combine(_dir, "x.csv"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--data", error);
    }

    [Fact]
    public async Task Eligibility_ExitsWithInvalidInput_WhenAFileLacksARequiredColumn()
    {
        var bad = Write("dossiers.csv", "dossier_id;commune_insee\nX;35238\n");
        var (code, _, error) = await Run("eligibility", "--dossiers", bad, "--out", Path.Combine(_dir, "x.csv"));
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("dossiers.csv", error);
    }

    [Fact]
    public async Task Explain_PrintsTheFrenchTrace_ForOneDossier()
    {
        WriteDossiers();
        WriteParticipants();
        Write("operation.yaml", "id: test\nname: \"Test\"\nyear: 2023\nrule_sets: [caf35]\n");
        var (code, output, error) = await Run("eligibility", "explain", "--data", _dir, "--dossier", "R1");
        Assert.True(code == 0, error);
        Assert.Contains("QF 620 € : tranche 601–700 €, 30 %, plafond 620 € (CAF 35, AVF, I-21)", output);
        Assert.Contains("caf35.avf — dossier : éligible, 606,00 €", output);
    }
}
