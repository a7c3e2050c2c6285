namespace Vacances.Analytics.Verbatims;

/// <summary>
/// k-fold cross-validation of any <see cref="IRegisterPredictor"/> factory on a labelled corpus, with the
/// folds of <see cref="StratifiedFolds"/>, so that the ML.NET trainers and the keyword baseline are compared
/// on exactly the same splits.
/// </summary>
public static class CrossValidation
{
    /// <summary>Number of folds used throughout (DESIGN §7, issue 5 item 4).</summary>
    public const int DefaultFolds = 5;

    /// <summary>
    /// Trains <paramref name="train"/> on k−1 folds, predicts the remaining fold, for each fold; reports the
    /// pooled out-of-fold predictions. <paramref name="train"/> receives the training part in corpus order.
    /// </summary>
    public static CrossValidationResult Run(
        IReadOnlyList<LabelledVerbatim> corpus,
        Func<IReadOnlyList<LabelledVerbatim>, IRegisterPredictor> train,
        int k = DefaultFolds,
        int seed = VerbatimClassifier.Seed)
    {
        var folds = StratifiedFolds.Assign(corpus, k, seed);
        var predicted = new string[corpus.Count];
        var foldF1 = new List<double>();
        for (var fold = 0; fold < k; fold++)
        {
            var trainPart = corpus.Where((_, i) => folds[i] != fold).ToList();
            var testIndexes = Enumerable.Range(0, corpus.Count).Where(i => folds[i] == fold).ToList();
            var predictor = train(trainPart);
            var predictions = predictor.Predict(testIndexes.Select(i => corpus[i].Text).ToList());
            for (var j = 0; j < testIndexes.Count; j++) predicted[testIndexes[j]] = predictions[j].Register;
            foldF1.Add(ClassificationReport.Compute(
                testIndexes.Select(i => corpus[i].Register).ToList(),
                testIndexes.Select(i => predicted[i]).ToList()).MacroF1);
        }
        var pooled = ClassificationReport.Compute(corpus.Select(v => v.Register).ToList(), predicted);
        return new CrossValidationResult(pooled, foldF1);
    }
}
