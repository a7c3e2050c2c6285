using Vacances.Analytics.Verbatims;
using Vacances.TestSupport;

namespace Vacances.Analytics.Tests.Verbatims;

public class VerbatimCorpusTests
{
    private static IReadOnlyList<LabelledVerbatim> Holdout()
    {
        using var reader = new StreamReader(Path.Combine(RepositoryPaths.DataSamples, "verbatims", "holdout.csv"));
        return VerbatimCorpus.Parse(reader);
    }

    [Fact]
    public void Training_HoldsAtLeast650AnswersAnd90PerRegister_WhenLoadedFromAssembly()
    {
        var corpus = VerbatimCorpus.Training;

        Assert.True(corpus.Count >= 650, $"{corpus.Count} réponses");
        foreach (var register in VerbatimRegisters.All)
            Assert.True(corpus.Count(v => v.Register == register) >= 90, register);
    }

    [Fact]
    public void Training_EqualsShippedCsv_WhenComparedWithDataSamples()
    {
        using var reader = new StreamReader(Path.Combine(RepositoryPaths.DataSamples, "verbatims", "corpus.csv"));

        Assert.Equal(VerbatimCorpus.Parse(reader), VerbatimCorpus.Training);
    }

    [Fact]
    public void Holdout_SharesNoTextWithTraining_WhenBothLoaded()
    {
        var training = VerbatimCorpus.Training.Select(v => TextNormalizer.Normalize(v.Text)).ToHashSet();

        var holdout = Holdout();

        Assert.True(holdout.Count >= 100);
        Assert.DoesNotContain(holdout, v => training.Contains(TextNormalizer.Normalize(v.Text)));
    }

    [Fact]
    public void Parse_Throws_WhenRegisterUnknown()
    {
        using var reader = new StringReader("id;text;register\nx1;Bonjour;vacances\n");

        Assert.Throws<FormatException>(() => VerbatimCorpus.Parse(reader));
    }
}
