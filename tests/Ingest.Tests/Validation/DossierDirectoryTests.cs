using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Tests.Validation;

public sealed class DossierDirectoryTests
{
    private static readonly DateOnly July = new(2026, 7, 1), August = new(2026, 8, 1);

    /// <summary>Looks <paramref name="id"/> up on another thread (the lookup may wait for the dossier reader).</summary>
    private static Task<(bool Found, DateOnly Start)> LookUpAsync(DossierDirectory directory, string id) =>
        Task.Factory.StartNew(() => (directory.TryFind(id, out _, out var start), start), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);

    [Fact]
    public async Task TryFind_WaitsForTheDossierReader_WhenTheFileHasNotReachedTheIdYet()
    {
        var directory = new DossierDirectory();
        directory.Expect();

        var lookup = LookUpAsync(directory, "D2");
        directory.Accept("D1", July);
        await Task.Delay(50);
        Assert.False(lookup.IsCompleted);
        directory.Accept("D2", August);
        directory.Complete();

        Assert.Equal((true, August), await lookup);
    }

    [Fact]
    public async Task TryFind_AnswersNotFound_WhenTheFileEndsWithoutTheId()
    {
        var directory = new DossierDirectory();
        directory.Expect();

        var lookup = LookUpAsync(directory, "NOPE");
        directory.Accept("D1", July);
        directory.Complete();

        Assert.False((await lookup).Found);
    }

    [Fact]
    public async Task TryFind_AnswersAtOnce_WhenTheFileRejectedTheId()
    {
        var directory = new DossierDirectory();
        directory.Expect();
        directory.Reject("D1");

        var (found, _) = await LookUpAsync(directory, "D1");

        Assert.False(found);
        directory.Complete();
    }

    [Fact]
    public async Task TryFind_KeepsTheEarlierDossier_WhenTheFileRejectsItsId()
    {
        var directory = new DossierDirectory();
        directory["D1"] = July; // from the store
        directory.Expect();
        directory.Reject("D1");

        Assert.Equal((true, July), await LookUpAsync(directory, "D1"));
        directory.Complete();
    }

    [Fact]
    public async Task TryFind_WaitsForTheFile_WhenAnEarlierDossierHasTheSameIdAsOneNotReadYet()
    {
        var directory = new DossierDirectory();
        directory["D1"] = July; // from the store: the file being read replaces it
        directory.Expect();

        var lookup = LookUpAsync(directory, "D1");
        await Task.Delay(50);
        Assert.False(lookup.IsCompleted);
        directory.Accept("D1", August);
        directory.Complete();

        Assert.Equal((true, August), await lookup);
    }

    [Fact]
    public void TryFind_ReturnsTheDirectorysOwnId_SoThatRowsShareOneString()
    {
        var directory = new DossierDirectory();
        var id = new string("D1".AsSpan());
        directory[id] = July;

        Assert.True(directory.TryFind("D1".AsSpan(), out var known, out _));
        Assert.Same(id, known);
        Assert.Equal(1, directory.Count);
    }
}
