using Vacances.Ingest.Sampling;
using Vacances.TestSupport;

namespace Vacances.Ingest.Tests.Sampling;

public sealed class SampleGeneratorTests : IDisposable
{
    private static readonly string[] Files =
    [
        "operation.yaml", "dossiers.csv", "participants.csv", "aids.csv", "cv_requests.csv", "equipment_requests.csv",
        "professionals.csv", "survey/codebook.json", "survey/partants.csv", "survey/professionnels.csv",
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "vacances-sample-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, true);
    }

    [Theory]
    [InlineData("nrpp-2026")]
    [InlineData("caf35-2023")]
    public void Generate_WritesTheSameBytes_WhenSeedRepeats(string profile)
    {
        var first = Path.Combine(_root, "a");
        var second = Path.Combine(_root, "b");
        SampleGenerator.Generate(profile, 400, 7, first);
        SampleGenerator.Generate(profile, 400, 7, second);
        foreach (var file in Files)
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
    }

    [Fact]
    public void Generate_WritesOtherDossiers_WhenSeedDiffers()
    {
        SampleGenerator.Generate("nrpp-2026", 200, 1, Path.Combine(_root, "a"));
        SampleGenerator.Generate("nrpp-2026", 200, 2, Path.Combine(_root, "b"));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(_root, "a", "dossiers.csv")), File.ReadAllBytes(Path.Combine(_root, "b", "dossiers.csv")));
    }

    /// <summary>The committed samples are exactly what data-samples/README.md's command lines produce.</summary>
    [Theory]
    [InlineData("nrpp-2026", 3500, 42)]
    [InlineData("caf35-2023", 300, 35)]
    public void Generate_ReproducesCommittedSample_WithItsCommandLine(string profile, long dossiers, int seed)
    {
        var regenerated = Path.Combine(_root, profile);
        SampleGenerator.Generate(profile, dossiers, seed, regenerated);
        var committed = Path.Combine(RepositoryPaths.DataSamples, profile);
        foreach (var file in Files)
            Assert.True(
                File.ReadAllBytes(Path.Combine(committed, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(regenerated, file))),
                $"{profile}/{file} diffère de la régénération");
    }

    [Fact]
    public void Generate_CountsRowsOfEveryFile_InItsSummary()
    {
        var directory = Path.Combine(_root, "n");
        var summary = SampleGenerator.Generate("nrpp-2026", 300, 3, directory);
        int Rows(string file) => File.ReadAllLines(Path.Combine(directory, file)).Length - 1;
        Assert.Equal(300, Rows("dossiers.csv"));
        Assert.Equal(summary.Participants, Rows("participants.csv"));
        Assert.Equal(summary.Aids, Rows("aids.csv"));
        Assert.Equal(summary.ProfessionalMonths, Rows("professionals.csv"));
        Assert.Equal(summary.CvRequests, Rows("cv_requests.csv"));
        Assert.Equal(summary.EquipmentRequests, Rows("equipment_requests.csv"));
        Assert.Equal(274, Rows("survey/partants.csv"));
        Assert.Equal(summary.SurveyProfessionnels, Rows("survey/professionnels.csv"));
        Assert.Equal(summary.AidsTotalEur, SampleTable.Read(Path.Combine(directory, "aids.csv")).Values("amount_eur").Sum(GeneratedOperation.Money));
    }

    [Fact]
    public void Generate_Refuses_WhenNoDossierIsAsked() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleGenerator.Generate("nrpp-2026", 0, 1, Path.Combine(_root, "z")));
}
