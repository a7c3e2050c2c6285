using Vacances.Analytics.Verbatims;

namespace Vacances.Analytics.Tests.Verbatims;

public class CrossValidationTests
{
    /// <summary>
    /// The acceptance criteria of issue 5 item 4 on the shipped corpus: 5-fold stratified cross-validated
    /// macro-F1 ≥ 0.85 for the default model, at least ten points above the keyword baseline on the same folds.
    /// </summary>
    [Fact]
    public void Run_ReachesMacroF1Of085AndBeatsKeywordBaselineByTenPoints_OnShippedCorpus()
    {
        var corpus = VerbatimCorpus.Training;

        var model = CrossValidation.Run(corpus, part => VerbatimClassifier.Train(part, VerbatimClassifier.DefaultTrainer));
        var baseline = CrossValidation.Run(corpus, _ => new KeywordBaseline());

        Assert.True(model.Pooled.MacroF1 >= 0.85, $"macro-F1 {model.Pooled.MacroF1:0.000}");
        Assert.True(model.Pooled.MacroF1 - baseline.Pooled.MacroF1 >= 0.10,
            $"modèle {model.Pooled.MacroF1:0.000}, référence {baseline.Pooled.MacroF1:0.000}");
        Assert.Equal(corpus.Count, model.Pooled.Count);
        Assert.Equal(CrossValidation.DefaultFolds, model.FoldMacroF1.Count);
    }
}
