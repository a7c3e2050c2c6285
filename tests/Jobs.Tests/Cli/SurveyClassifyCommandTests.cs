using System.Globalization;
using Vacances.Jobs.Cli;

namespace Vacances.Jobs.Tests.Cli;

public sealed class SurveyClassifyCommandTests : IDisposable
{
    private static readonly string[] Registers =
        ["acces_droits", "relation_institutions", "autonomie_financiere", "reengagement", "dynamique_familiale", "autre"];

    private readonly string folder = Directory.CreateTempSubdirectory("vacances-classify-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Input(string content)
    {
        var path = Path.Combine(folder, "reponses.csv");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Classify_WritesIdRegisterConfidenceToStdout_WhenNoOutGiven()
    {
        var input = Input("id;text\nr1;\"On a économisé tous les mois pour payer notre part du séjour\"\nr2;Il a plu toute la semaine au camping\n");
        var output = new StringWriter();

        var exit = await VacancesCli.RunAsync(["survey", "classify", "--in", input], output, new StringWriter());

        Assert.Equal(0, exit);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id;register;confidence", lines[0]);
        Assert.Equal(["r1", "r2"], lines.Skip(1).Select(l => l.Split(';')[0]));
        foreach (var fields in lines.Skip(1).Select(l => l.Split(';')))
        {
            Assert.Contains(fields[1], Registers);
            Assert.InRange(double.Parse(fields[2], CultureInfo.InvariantCulture), 0, 1);
        }
        Assert.Equal("autonomie_financiere", lines[1].Split(';')[1]);
    }

    [Fact]
    public async Task Classify_WritesFile_WhenOutGiven()
    {
        var input = Input("id,text\na,Les enfants ont adoré la mer avec nous\n");
        var target = Path.Combine(folder, "classes.csv");

        var exit = await VacancesCli.RunAsync(["survey", "classify", "--in", input, "--out", target], new StringWriter(), new StringWriter());

        Assert.Equal(0, exit);
        Assert.StartsWith("id;register;confidence\na;", File.ReadAllText(target));
    }

    [Fact]
    public async Task Classify_ExitsWithInvalidInputAndFrenchMessage_WhenTextColumnMissing()
    {
        var input = Input("id;reponse\n1;bien\n");
        var error = new StringWriter();

        var exit = await VacancesCli.RunAsync(["survey", "classify", "--in", input], new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains("colonne obligatoire « text »", error.ToString());
    }

    [Fact]
    public async Task Classify_ExitsWithUsage_WhenInMissing()
    {
        var exit = await VacancesCli.RunAsync(["survey", "classify"], new StringWriter(), new StringWriter());

        Assert.Equal(2, exit);
    }
}
