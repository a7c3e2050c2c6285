using Vacances.Jobs.Cli;

namespace Vacances.Jobs.Tests.Cli;

public sealed class SampleCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "vacances-sample-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, true);
    }

    [Fact]
    public async Task Sample_WritesTheOperationAndSummarisesItInFrench_WhenArgumentsAreValid()
    {
        var output = new StringWriter();
        var code = await VacancesCli.RunAsync(["sample", "--dossiers", "120", "--seed", "5", "--out", _out], output, new StringWriter());
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Opération « nrpp-2026 »", output.ToString());
        Assert.Contains("120 dossiers", output.ToString());
        Assert.Equal(121, File.ReadAllLines(Path.Combine(_out, "dossiers.csv")).Length);
        Assert.True(File.Exists(Path.Combine(_out, "survey", "codebook.json")));
    }

    [Fact]
    public async Task Sample_UsesTheCaf35Profile_WhenAsked()
    {
        var code = await VacancesCli.RunAsync(["sample", "--profil", "caf35-2023", "--dossiers", "40", "--out", _out], new StringWriter(), new StringWriter());
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("id: \"caf35-2023\"", File.ReadAllText(Path.Combine(_out, "operation.yaml")));
    }

    [Theory]
    [InlineData("--dossiers", "0")]
    [InlineData("--profil", "inconnu")]
    public async Task Sample_ExitsWithUsageError_WhenAnOptionIsInvalid(string option, string value)
    {
        var error = new StringWriter();
        string[] args = option == "--dossiers"
            ? ["sample", "--dossiers", value, "--out", _out]
            : ["sample", "--dossiers", "10", option, value, "--out", _out];
        Assert.Equal(ExitCodes.Usage, await VacancesCli.RunAsync(args, new StringWriter(), error));
        Assert.Contains("Erreur d'usage", error.ToString());
        Assert.False(Directory.Exists(_out));
    }
}
