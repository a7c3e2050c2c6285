using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Vacances.Analytics.Verbatims;

/// <summary>
/// The ML.NET estimator chain of DESIGN §7, applied to text already normalised by <see cref="TextNormalizer"/>:
/// word 1–2-grams (<c>FeaturizeText</c>, TF-IDF) and character 3-, 4- and 5-grams (each L2-normalised so that no
/// block dominates), concatenated, then a multiclass trainer. Every trainer runs on one thread so that two
/// trainings with the same seed give the same model.
/// </summary>
internal static class VerbatimPipeline
{
    public static IEstimator<ITransformer> Build(MLContext ml, VerbatimTrainer trainer)
    {
        var words = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options
            {
                NgramLength = 2,
                UseAllLengths = true,
                Weighting = NgramExtractingEstimator.WeightingCriteria.TfIdf,
            },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        IEstimator<ITransformer> chain = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("WordGrams", words, "Text"))
            .Append(ml.Transforms.Text.TokenizeIntoCharactersAsKeys("Chars", "Text", useMarkerCharacters: true));
        string[] blocks = ["WordGrams", "Char3", "Char4", "Char5"];
        for (var n = 3; n <= 5; n++)
            chain = chain
                .Append(ml.Transforms.Text.ProduceNgrams($"Char{n}Raw", "Chars", ngramLength: n, useAllLengths: false,
                    weighting: NgramExtractingEstimator.WeightingCriteria.TfIdf))
                .Append(ml.Transforms.NormalizeLpNorm($"Char{n}", $"Char{n}Raw"));
        return chain
            .Append(ml.Transforms.Concatenate("Features", blocks))
            .Append(Trainer(ml, trainer))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }

    private static IEstimator<ITransformer> Trainer(MLContext ml, VerbatimTrainer trainer) => trainer switch
    {
        VerbatimTrainer.SdcaMaximumEntropy => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1 }),
        // L2 only, weak (features are L2-normalised blocks, so the default L1 = L2 = 1 under-fits: CV macro-F1
        // 0.64); a 1e-4 tolerance stops where the macro-F1 no longer moves and keeps training near a second.
        VerbatimTrainer.LbfgsMaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                L1Regularization = 0f,
                L2Regularization = 0.003f,
                OptimizationTolerance = 1e-4f,
            }),
        VerbatimTrainer.OneVersusAllAveragedPerceptron => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.AveragedPerceptron(numberOfIterations: 10)),
        VerbatimTrainer.OneVersusAllLinearSvm => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.LinearSvm(numberOfIterations: 10)),
        _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, null),
    };
}
