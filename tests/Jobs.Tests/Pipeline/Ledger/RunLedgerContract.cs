using System.Collections.Concurrent;
using System.Text;
using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Tests.Pipeline.Ledger;

/// <summary>The behaviour both ledger adapters must share: the fan-in counter above all.</summary>
public abstract class RunLedgerContract
{
    protected abstract IRunLedger Ledger { get; }

    private string NewRun()
    {
        var run = Guid.NewGuid().ToString("N");
        Ledger.CreateRun(run, [new RunInput("b.csv", [2]), new RunInput("a.csv", [1])], deliverTo: null);
        return run;
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
        Ledger.PutArtefact(run, "flows.csv", Encoding.UTF8.GetBytes("v1"));
        Ledger.PutArtefact(run, "Bilan.html", [1]);
        Ledger.PutArtefact(run, "flows.csv", Encoding.UTF8.GetBytes("v2"));

        Assert.Equal(["Bilan.html", "flows.csv"], Ledger.ArtefactPaths(run));
        Assert.Equal("v2", Encoding.UTF8.GetString(Ledger.ReadArtefact(run, "flows.csv")));
    }

    [Fact]
    public void Inputs_AreOrderedByName_WhenSubmittedInAnyOrder()
    {
        var run = NewRun();

        Assert.Equal(["a.csv", "b.csv"], Ledger.Inputs(run).Select(i => i.Name));
        Assert.Equal([(byte)1], Ledger.Inputs(run)[0].Content);
    }

    [Fact]
    public void TryClaimInboxFile_ClaimsAContentOnce_WhenDroppedTwice()
    {
        var hash = Guid.NewGuid().ToString("N");

        Assert.True(Ledger.TryClaimInboxFile(hash, "dossiers.csv", "r1"));
        Assert.False(Ledger.TryClaimInboxFile(hash, "dossiers (copie).csv", "r2"));
    }
}
