using Vacances.Analytics.Verbatims;

namespace Vacances.Analytics.Tests.Verbatims;

public class StratifiedFoldsTests
{
    [Fact]
    public void Assign_SpreadsEveryRegisterEvenlyOverFolds_OnShippedCorpus()
    {
        var corpus = VerbatimCorpus.Training;

        var folds = StratifiedFolds.Assign(corpus, 5, seed: 1);

        foreach (var register in VerbatimRegisters.All)
        {
            var perFold = Enumerable.Range(0, 5)
                .Select(f => corpus.Where((v, i) => v.Register == register && folds[i] == f).Count())
                .ToList();
            Assert.True(perFold.Max() - perFold.Min() <= 1, $"{register}: {string.Join(",", perFold)}");
        }
        var sizes = Enumerable.Range(0, 5).Select(f => folds.Count(x => x == f)).ToList();
        Assert.True(sizes.Max() - sizes.Min() <= 1);
    }

    [Fact]
    public void Assign_GivesSameFolds_WhenCalledTwiceWithSameSeed()
    {
        var corpus = VerbatimCorpus.Training;

        Assert.Equal(StratifiedFolds.Assign(corpus, 5, 7), StratifiedFolds.Assign(corpus, 5, 7));
    }
}
