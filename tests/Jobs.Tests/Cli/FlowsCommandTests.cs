using System.Globalization;
using Vacances.Jobs.Cli;

namespace Vacances.Jobs.Tests.Cli;

public class FlowsCommandTests(GeneratedOperation operation) : IClassFixture<GeneratedOperation>
{
    [Fact]
    public async Task Run_WritesFlowsThatReconcileWithAidsCsv_ToTheCent()
    {
        var path = operation.Output("flows.csv");

        var code = await VacancesCli.RunAsync(["flows", "--data", operation.Directory, "--out", path], new StringWriter(), new StringWriter());

        Assert.Equal(0, code);
        var lines = File.ReadAllLines(path);
        Assert.Equal("funder;programme;commune_insee;dispositif;amount_eur;estimated", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(';')).ToArray();
        Assert.All(rows, r => Assert.Matches(@"^\d+\.\d{2}$", r[4]));
        Assert.All(rows, r => Assert.Contains(r[5], new[] { "true", "false" }));
        var recorded = rows.Where(r => r[5] == "false").Sum(r => decimal.Parse(r[4], CultureInfo.InvariantCulture));
        var aids = File.ReadAllLines(Path.Combine(operation.Directory, "aids.csv")).Skip(1)
            .Sum(l => decimal.Parse(l.Split(';')[4], CultureInfo.InvariantCulture));
        Assert.Equal(aids, recorded);
    }

    [Fact]
    public async Task Run_ExitsWithInvalidInput_WhenTheFolderDoesNotExist()
    {
        var error = new StringWriter();

        var code = await VacancesCli.RunAsync(["flows", "--data", operation.Output("absent"), "--out", operation.Output("x.csv")], new StringWriter(), error);

        Assert.Equal(1, code);
        Assert.Contains("introuvable", error.ToString());
    }
}
