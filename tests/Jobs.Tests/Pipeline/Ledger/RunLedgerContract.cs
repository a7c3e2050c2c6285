using System.Collections.Concurrent;
using System.Text;
using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Tests.Pipeline.Ledger;

/// <summary>The behaviour both ledger adapters must share: the fan-in counter above all.</summary>
public abstract class RunLedgerContract : IDisposable
{
    /// <summary>The local files the tests hand to the ledger and get back from it.</summary>
    private readonly string _files = Directory.CreateTempSubdirectory("vacances-registre-test-").FullName;

    protected abstract IRunLedger Ledger { get; }

    public virtual void Dispose()
    {
        Directory.Delete(_files, recursive: true);
        GC.SuppressFinalize(this);
    }

    private string NewRun()
    {
        var run = Guid.NewGuid().ToString("N");
        Ledger.CreateRun(run, [Input("b.csv", [2]), Input("a.csv", [1])], deliverTo: null);
        return run;
    }

    /// <summary>A local file holding <paramref name="content"/>.</summary>
    private string File(byte[] content)
    {
        var path = Path.Combine(_files, Guid.NewGuid().ToString("N"));
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    private RunInput Input(string name, byte[] content) => new(name, File(content));

    private byte[] InputContent(string run, string name)
    {
        var copy = Path.Combine(_files, Guid.NewGuid().ToString("N"));
        Ledger.CopyInput(run, name, copy);
        return System.IO.File.ReadAllBytes(copy);
    }

    private byte[] ArtefactContent(string run, string path)
    {
        var copy = Path.Combine(_files, Guid.NewGuid().ToString("N"), "copie");
        Ledger.CopyArtefact(run, path, copy);
        return System.IO.File.ReadAllBytes(copy);
    }

    [Fact]
    public void CompleteChunk_ReturnsTrueOnlyForTheLast_WhenChunksCompleteInTurn()
    {
        var run = NewRun();
        Ledger.OpenStep(run, "eligibility", ["62001", "62002", "62003"]);

        Assert.False(Ledger.CompleteChunk(run, "eligibility", "62002"));
        Assert.False(Ledger.CompleteChunk(run, "eligibility", "62001"));
        Assert.True(Ledger.CompleteChunk(run, "eligibility", "62003"));
    }

    [Fact]
    public void CompleteChunk_CountsAChunkOnce_WhenItsJobIsRetried()
    {
        var run = NewRun();
        Ledger.OpenStep(run, "eligibility", ["a", "b"]);

        Assert.False(Ledger.CompleteChunk(run, "eligibility", "a"));
        Assert.False(Ledger.CompleteChunk(run, "eligibility", "a"));
        Assert.Equal(new StepProgress("eligibility", 1, 2), Ledger.State(run).Steps.Single());
        Assert.True(Ledger.CompleteChunk(run, "eligibility", "b"));
        Assert.True(Ledger.CompleteChunk(run, "eligibility", "b"));
    }

    [Fact]
    public void CompleteChunk_ReturnsTrueExactlyOnce_WhenChunksCompleteConcurrently()
    {
        var run = NewRun();
        var chunks = Enumerable.Range(0, 40).Select(i => $"c{i:D2}").ToList();
        Ledger.OpenStep(run, "eligibility", chunks);
        var lasts = new ConcurrentBag<string>();

        Parallel.ForEach(chunks, new ParallelOptions { MaxDegreeOfParallelism = 8 }, chunk =>
        {
            if (Ledger.CompleteChunk(run, "eligibility", chunk)) lasts.Add(chunk);
        });

        Assert.Single(lasts);
        Assert.Equal(new StepProgress("eligibility", 40, 40), Ledger.State(run).Steps.Single());
    }

    [Fact]
    public void OpenStep_KeepsTheCounter_WhenThePlanningJobIsRetried()
    {
        var run = NewRun();
        Ledger.OpenStep(run, "eligibility", ["a", "b"]);
        Ledger.CompleteChunk(run, "eligibility", "a");

        Ledger.OpenStep(run, "eligibility", ["a", "b"]);

        Assert.True(Ledger.CompleteChunk(run, "eligibility", "b"));
    }

    [Fact]
    public void State_ListsStepsInTheOrderTheyOpened()
    {
        var run = NewRun();
        Ledger.OpenStep(run, "ingest", ["a.csv", "b.csv"]);
        Ledger.OpenStep(run, "eligibility", ["x"]);

        Assert.Equal(["ingest", "eligibility"], Ledger.State(run).Steps.Select(s => s.Step));
    }

    [Fact]
    public void Fail_KeepsTheFirstFailure_WhenALaterJobFailsOrSucceeds()
    {
        var run = NewRun();

        Ledger.Fail(run, 1, "premier");
        Ledger.Fail(run, 3, "second");
        Ledger.Succeed(run);

        Assert.Equal(new RunState(RunStatus.Failed, 1, "premier", []), Ledger.State(run) with { Steps = [] });
    }

    [Fact]
    public void PutArtefact_OverwritesAndListsOrdinally_WhenAJobIsRetried()
    {
        var run = NewRun();
        Ledger.PutArtefact(run, "flows.csv", File(Encoding.UTF8.GetBytes("v1")));
        var first = ArtefactContent(run, "flows.csv");
        Ledger.PutArtefact(run, "Bilan.html", File([1]));
        Ledger.PutArtefact(run, "flows.csv", File(Encoding.UTF8.GetBytes("v2")));

        Assert.Equal(["Bilan.html", "flows.csv"], Ledger.ArtefactPaths(run));
        Assert.Equal("v2", Encoding.UTF8.GetString(ArtefactContent(run, "flows.csv")));
        Assert.Equal("v1", Encoding.UTF8.GetString(first));
    }

    [Fact]
    public void CopyInput_GivesTheSubmittedContent_WhenTheSourceFileChangedAfterwards()
    {
        var input = Input("dossiers.csv", [1, 2]);
        var run = Guid.NewGuid().ToString("N");
        Ledger.CreateRun(run, [input], deliverTo: null);

        System.IO.File.WriteAllBytes(input.File, [9]);

        Assert.Equal([1, 2], InputContent(run, "dossiers.csv"));
    }

    [Fact]
    public void Inputs_AreOrderedByName_WhenSubmittedInAnyOrder()
    {
        var run = NewRun();

        Assert.Equal(["a.csv", "b.csv"], Ledger.InputNames(run));
        Assert.Equal([(byte)1], InputContent(run, "a.csv"));
    }

    [Fact]
    public void ClaimInboxRun_ClaimsAContentOnceAndRecordsItsRun_WhenDroppedTwice()
    {
        var hash = Guid.NewGuid().ToString("N");
        var (first, second) = ("r1-" + hash, "r2-" + hash);
        RunInput[] inputs = [Input("dossiers.csv", [1, 2, 3])];

        Assert.Equal(["dossiers.csv"], Ledger.ClaimInboxRun(first, [new InboxClaim(hash, "dossiers.csv")], inputs, "livraison"));
        Assert.Empty(Ledger.ClaimInboxRun(second, [new InboxClaim(hash, "dossiers (copie).csv")], inputs, "livraison"));

        Assert.Equal("livraison", Ledger.DeliveryDirectory(first));
        Assert.Equal([1, 2, 3], InputContent(first, Assert.Single(Ledger.InputNames(first))));
        Assert.Throws<InvalidOperationException>(() => Ledger.State(second));
    }

    [Fact]
    public void ClaimInboxRun_ReturnsTheSameClaims_WhenTheSameScanIsRetried()
    {
        var (old, fresh) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
        var run = "r-" + fresh;
        Ledger.ClaimInboxRun("r0-" + old, [new InboxClaim(old, "a.csv")], [Input("a.csv", [1])], null);
        InboxClaim[] claims = [new(old, "a.csv"), new(fresh, "b.csv")];
        RunInput[] inputs = [Input("a.csv", [1]), Input("b.csv", [2])];

        Assert.Equal(["b.csv"], Ledger.ClaimInboxRun(run, claims, inputs, null));
        Assert.Equal(["b.csv"], Ledger.ClaimInboxRun(run, claims, inputs, null));
        Assert.Equal(["a.csv", "b.csv"], Ledger.InputNames(run));
    }
}
