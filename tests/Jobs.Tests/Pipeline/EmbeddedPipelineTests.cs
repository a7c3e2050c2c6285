using Vacances.Ingest.Errors;
using Vacances.Jobs.Cli;
using Vacances.Jobs.Pipeline;

namespace Vacances.Jobs.Tests.Pipeline;

/// <summary>The whole chain in the embedded mode of <c>vacances bilan</c>: Hangfire.InMemory, in-process server and ledger.</summary>
public sealed class EmbeddedPipelineTests : IDisposable
{
    private readonly string _data = OperationFolders.Create(dossiers: 60, communes: 7);
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "vacances-emb-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task RunAsync_WritesEveryStepsOutputs_WhenRunEmbedded()
    {
        var (exit, output, _) = await RunAsync(new DigestSteps(), "out");

        Assert.Equal(ExitCodes.Success, exit);
        var files = OperationFolders.Snapshot(Path.Combine(_scratch, "out")).Keys;
        Assert.Equal(
            ["bilan.html", "eligibility.csv", "flows.csv", "indicators.csv", "ingest/dossiers.csv.sha256", "ingest/survey/partants.csv.sha256", "survey/inputs.txt"],
            files.Select(f => f.Replace('\\', '/')));
        Assert.Contains("Éligibilité aux aides : 7/7", output);
        Assert.Contains("Rapports : 1/1", output);
    }

    [Fact]
    public async Task RunAsync_MergesChunksInChunkOrderWithOneHeader_WhenEligibilityFansOut()
    {
        await RunAsync(new DigestSteps(), "out");

        var lines = File.ReadAllLines(Path.Combine(_scratch, "out", "eligibility.csv"));
        Assert.Equal("dossier_id;commune;digest", lines[0]);
        Assert.Equal(61, lines.Length);
        var communes = lines.Skip(1).Select(l => l.Split(';')[1]).ToList();
        Assert.Equal(communes.Order(StringComparer.Ordinal), communes);
        Assert.Equal("commune;dossiers\n62000;9\n62001;9\n62002;9\n62003;9\n62004;8\n62005;8\n62006;8\n",
            File.ReadAllText(Path.Combine(_scratch, "out", "flows.csv")));
    }

    [Fact]
    public async Task RunAsync_WritesIdenticalBytes_WhenRunTwice()
    {
        await RunAsync(new DigestSteps(), "first");
        await RunAsync(new DigestSteps(), "second");

        var first = OperationFolders.Snapshot(Path.Combine(_scratch, "first"));
        var second = OperationFolders.Snapshot(Path.Combine(_scratch, "second"));
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, bytes) in first) Assert.Equal(bytes, second[path]);
    }

    [Fact]
    public async Task RunAsync_ExitsWithInvalidInputAndWritesNothing_WhenAFileIsRefused()
    {
        var (exit, _, error) = await RunAsync(new RefusingSteps("survey/partants.csv"), "out");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("Données invalides — survey/partants.csv, ligne 1 : fichier refusé", error);
        Assert.False(Directory.Exists(Path.Combine(_scratch, "out")));
    }

    private Task<(int Exit, string Output, string Error)> RunAsync(IPipelineSteps steps, string outputFolder) =>
        EmbeddedRun.RunAsync(steps, _data, Path.Combine(_scratch, outputFolder), Path.Combine(_scratch, "work"));

    public void Dispose()
    {
        Directory.Delete(_data, recursive: true);
        if (Directory.Exists(_scratch)) Directory.Delete(_scratch, recursive: true);
    }

    /// <summary>The digest steps, except that one file is refused as a reader refuses a file that lacks a required column.</summary>
    private sealed class RefusingSteps(string refused) : IPipelineSteps
    {
        private readonly DigestSteps _inner = new();

        public void Ingest(StepWorkspace workspace, string file)
        {
            if (file == refused) throw new InvalidInputException(file, 1, null, "fichier refusé");
            _inner.Ingest(workspace, file);
        }

        public IReadOnlyList<string> EligibilityChunks(StepWorkspace workspace) => _inner.EligibilityChunks(workspace);
        public void Eligibility(StepWorkspace workspace, string chunk) => _inner.Eligibility(workspace, chunk);
        public void Flows(StepWorkspace workspace) => _inner.Flows(workspace);
        public void Survey(StepWorkspace workspace) => _inner.Survey(workspace);
        public void Indicators(StepWorkspace workspace) => _inner.Indicators(workspace);
        public void Reports(StepWorkspace workspace) => _inner.Reports(workspace);
    }
}
