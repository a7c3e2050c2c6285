using Vacances.Jobs.Cli;

namespace Vacances.Jobs.Tests.Cli;

public class IndicatorsCommandTests(GeneratedOperation operation) : IClassFixture<GeneratedOperation>
{
    [Fact]
    public async Task Run_WritesTheStaffView_Unsuppressed()
    {
        var path = operation.Output("indicators.csv");

        var code = await VacancesCli.RunAsync(["indicators", "--data", operation.Directory, "--out", path], new StringWriter(), new StringWriter());

        Assert.Equal(0, code);
        var lines = File.ReadAllLines(path);
        Assert.Equal("indicator_id;dimension;category;numerator;denominator;value;suppressed", lines[0]);
        Assert.Contains("departs.dossiers;total;;120;;120;false", lines);
        Assert.All(lines.Skip(1), l => Assert.EndsWith(";false", l));
    }

    [Fact]
    public async Task Run_HidesSmallCells_WhenAskedForThePublicView()
    {
        var path = operation.Output("indicators-public.csv");

        var code = await VacancesCli.RunAsync(["indicators", "--data", operation.Directory, "--out", path, "--public"], new StringWriter(), new StringWriter());

        Assert.Equal(0, code);
        var suppressed = File.ReadAllLines(path).Skip(1).Where(l => l.EndsWith(";true", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, l => Assert.EndsWith(";;;;true", l));
    }
}
