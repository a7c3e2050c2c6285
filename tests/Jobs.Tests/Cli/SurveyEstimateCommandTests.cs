using System.Globalization;
using System.Text.Json;
using Vacances.Jobs.Cli;
using Vacances.TestSupport;

namespace Vacances.Jobs.Tests.Cli;

/// <summary>
/// <c>vacances survey estimate</c> end to end on the R reference fixtures of
/// <c>tests/Analytics.Tests/Survey/Fixtures</c> (made by <c>make-fixtures.R</c> with R's survey package).
/// </summary>
public class SurveyEstimateCommandTests
{
    private static readonly string Fixtures = Path.Combine(RepositoryPaths.Root, "tests", "Analytics.Tests", "Survey", "Fixtures");

    [Theory]
    [InlineData("rake2_enfants_excl", "dispositif,commune_group", "relation_enfants", "tres_positif", "sans_objet", "0.95")]
    [InlineData("rake1_oui_90", "dispositif", "capacite_repartir", "oui", null, "0.90")]
    [InlineData("srs_excl_nsp", null, "capacite_repartir", "oui", "nsp", null)]
    public async Task Estimate_PrintsContractJsonMatchingR_ForFixtureCase(string id, string? calibrate, string question, string value, string? exclude, string? level)
    {
        var args = new List<string> { "survey", "estimate", "--responses", Path.Combine(Fixtures, "responses.csv"), "--margins", Path.Combine(Fixtures, "margins.csv"), "--question", question, "--value", value };
        if (calibrate is not null) args.AddRange(["--calibrate", calibrate]);
        if (exclude is not null) args.AddRange(["--exclude", exclude]);
        if (level is not null) args.AddRange(["--level", level]);
        var output = new StringWriter();

        var code = await VacancesCli.RunAsync([.. args], output, new StringWriter());

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString());
        var root = json.RootElement;
        Assert.Equal(["question", "value", "n", "estimate", "se", "ci_low", "ci_high", "ci_logit_low", "ci_logit_high", "level"],
            root.EnumerateObject().Select(p => p.Name).ToArray());
        var expected = Expected(id);
        Assert.Equal(question, root.GetProperty("question").GetString());
        Assert.Equal(value, root.GetProperty("value").GetString());
        Assert.Equal(int.Parse(expected["n"], CultureInfo.InvariantCulture), root.GetProperty("n").GetInt32());
        foreach (var field in new[] { "estimate", "se", "ci_low", "ci_high", "ci_logit_low", "ci_logit_high" })
        {
            var reference = double.Parse(expected[field], CultureInfo.InvariantCulture);
            Assert.True(Math.Abs(root.GetProperty(field).GetDouble() - reference) <= 1e-6 * Math.Abs(reference), field);
        }
        Assert.Equal(double.Parse(level ?? "0.95", CultureInfo.InvariantCulture), root.GetProperty("level").GetDouble());
    }

    [Fact]
    public async Task Estimate_ExitsWithInvalidInputAndFrenchMessage_WhenMarginCategoryHasNoRespondent()
    {
        var margins = Path.Combine(Path.GetTempPath(), $"marges-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(margins, "variable;category;count\ndispositif;individuel;4800\ndispositif;sejour_commun;2700\ndispositif;sac_ados;900\ndispositif;seniors_en_vacances;800\ndispositif;bsv;100\n");
        var error = new StringWriter();
        try
        {
            var code = await VacancesCli.RunAsync(["survey", "estimate", "--responses", Path.Combine(Fixtures, "responses.csv"), "--margins", margins,
                "--calibrate", "dispositif", "--question", "capacite_repartir", "--value", "oui"], new StringWriter(), error);

            Assert.Equal(ExitCodes.InvalidInput, code);
            Assert.Contains("aucun répondant", error.ToString());
        }
        finally
        {
            File.Delete(margins);
        }
    }

    [Fact]
    public async Task Estimate_ExitsWithUsage_WhenLevelIsNotBetweenZeroAndOne()
    {
        var error = new StringWriter();

        var code = await VacancesCli.RunAsync(["survey", "estimate", "--responses", Path.Combine(Fixtures, "responses.csv"), "--margins", Path.Combine(Fixtures, "margins.csv"),
            "--question", "capacite_repartir", "--value", "oui", "--level", "95"], new StringWriter(), error);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--level", error.ToString());
    }

    [Fact]
    public async Task Estimate_RestrictsToTheDomain_WhenDomainOptionIsGiven()
    {
        var output = new StringWriter();

        var code = await VacancesCli.RunAsync(["survey", "estimate", "--responses", Path.Combine(Fixtures, "responses.csv"), "--margins", Path.Combine(Fixtures, "margins.csv"),
            "--calibrate", "dispositif,commune_group", "--question", "capacite_repartir", "--value", "oui", "--exclude", "nsp", "--domain", "dispositif=individuel"], output, new StringWriter());

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString());
        var expected = Expected("rake2_domain_individuel");
        Assert.Equal(int.Parse(expected["n"], CultureInfo.InvariantCulture), json.RootElement.GetProperty("n").GetInt32());
        var reference = double.Parse(expected["ci_logit_high"], CultureInfo.InvariantCulture);
        Assert.True(Math.Abs(json.RootElement.GetProperty("ci_logit_high").GetDouble() - reference) <= 1e-6 * reference);
    }

    [Fact]
    public async Task Estimate_ReadsCommaSeparatedFilesWithBomAndDecimalComma_WhenGivenFrenchSpreadsheetExports()
    {
        var folder = Directory.CreateTempSubdirectory("enquete-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "r.csv"), "\uFEFFresponse_id,Dispositif,q\r\n1,a,oui\r\n2,b,non\r\n3,a,\"non\"\r\n4,b,oui\r\n5,a,NA\r\n\r\n");
            await File.WriteAllTextAsync(Path.Combine(folder, "m.csv"), "variable,category,count\r\ndispositif,a,\"50,5\"\r\ndispositif,b,49.5\r\n");
            var output = new StringWriter();

            var code = await VacancesCli.RunAsync(["survey", "estimate", "--responses", Path.Combine(folder, "r.csv"), "--margins", Path.Combine(folder, "m.csv"),
                "--calibrate", "dispositif", "--question", "q", "--value", "oui"], output, new StringWriter());

            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(output.ToString());
            Assert.Equal(4, json.RootElement.GetProperty("n").GetInt32());
            Assert.Equal(0.5, json.RootElement.GetProperty("estimate").GetDouble(), 12);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    private static Dictionary<string, string> Expected(string id)
    {
        var lines = File.ReadAllLines(Path.Combine(Fixtures, "expected.csv"));
        var header = lines[0].Split(';');
        var row = lines.Skip(1).Select(l => l.Split(';')).Single(r => r[0] == id);
        return header.Select((h, i) => (h, row[i])).ToDictionary(x => x.h, x => x.Item2);
    }
}
