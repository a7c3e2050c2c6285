using Microsoft.ML;

namespace Vacances.Analytics.Verbatims;

/// <summary>
/// The verbatim classifier of DESIGN §7: an ML.NET text pipeline (<see cref="VerbatimPipeline"/>) trained on a
/// labelled corpus, predicting one of the six registers of <see cref="VerbatimRegisters"/> with the probability
/// of the predicted class as confidence. <see cref="Default"/> is trained at first use from the corpus embedded
/// in this assembly (<see cref="VerbatimCorpus.Training"/>): training takes a few seconds, so no model file is
/// shipped and the model always matches the corpus. Training is deterministic (fixed seed, one thread): two
/// trainings on the same corpus give identical predictions.
/// </summary>
public sealed class VerbatimClassifier : IRegisterPredictor
{
    /// <summary>Seed of the <see cref="MLContext"/> used for every training.</summary>
    public const int Seed = 2026;

    /// <summary>The trainer with the best cross-validated macro-F1 on the shipped corpus (benchmarks/RESULTS.md).</summary>
    public const VerbatimTrainer DefaultTrainer = VerbatimTrainer.OneVersusAllLinearSvm;

    private static readonly Lazy<VerbatimClassifier> DefaultLazy =
        new(() => Train(VerbatimCorpus.Training, DefaultTrainer), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly MLContext ml;
    private readonly ITransformer model;

    private VerbatimClassifier(MLContext ml, ITransformer model)
    {
        this.ml = ml;
        this.model = model;
    }

    /// <summary>The classifier trained on the shipped corpus with <see cref="DefaultTrainer"/> (trained once, lazily).</summary>
    public static VerbatimClassifier Default => DefaultLazy.Value;

    /// <summary>Trains a classifier on <paramref name="corpus"/>; same corpus, trainer and seed → same model.</summary>
    public static VerbatimClassifier Train(IReadOnlyList<LabelledVerbatim> corpus, VerbatimTrainer trainer, int seed = Seed)
    {
        var ml = new MLContext(seed);
        var rows = corpus.Select(v => new VerbatimModelInput { Label = v.Register, Text = TextNormalizer.Normalize(v.Text) }).ToList();
        var model = VerbatimPipeline.Build(ml, trainer).Fit(ml.Data.LoadFromEnumerable(rows));
        return new VerbatimClassifier(ml, model);
    }

    /// <inheritdoc />
    /// <remarks>An answer with nothing left after normalisation (blank, punctuation, stop words only) says
    /// nothing about any register: it is <c>autre</c> with confidence 1, without consulting the model.</remarks>
    public IReadOnlyList<RegisterPrediction> Predict(IReadOnlyList<string> texts)
    {
        var normalized = texts.Select(TextNormalizer.Normalize).ToList();
        var rows = normalized.Where(t => t.Length > 0).Select(t => new VerbatimModelInput { Text = t }).ToList();
        var scored = rows.Count == 0
            ? []
            : ml.Data.CreateEnumerable<VerbatimModelOutput>(model.Transform(ml.Data.LoadFromEnumerable(rows)), reuseRowObject: false)
                .Select(o => new RegisterPrediction(o.PredictedLabel, Confidence(o.Score)))
                .ToList();
        var next = 0;
        return normalized
            .Select(t => t.Length == 0 ? new RegisterPrediction(VerbatimRegisters.Autre, 1f) : scored[next++])
            .ToList();
    }

    /// <summary>Classifies answers, keeping their ids and texts, in input order.</summary>
    public IReadOnlyList<ClassifiedVerbatim> Classify(IReadOnlyList<VerbatimAnswer> answers)
    {
        var predictions = Predict(answers.Select(a => a.Text).ToList());
        return answers.Zip(predictions, (a, p) => new ClassifiedVerbatim(a.Id, a.Text, p.Register, p.Confidence)).ToList();
    }

    /// <summary>
    /// The predicted class's share of the scores: maximum-entropy trainers already output probabilities summing
    /// to one; one-versus-all outputs calibrated per-class probabilities, renormalised here.
    /// </summary>
    private static float Confidence(float[] scores)
    {
        var sum = 0f;
        var max = 0f;
        foreach (var s in scores)
        {
            var positive = Math.Max(s, 0f);
            sum += positive;
            max = Math.Max(max, positive);
        }
        return sum > 0f ? max / sum : 0f;
    }
}
