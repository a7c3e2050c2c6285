namespace Vacances.Analytics.Verbatims;

/// <summary>
/// The multiclass trainers compared by cross-validation on the corpus (see <c>benchmarks/RESULTS.md</c>,
/// « Verbatim classifier »); <see cref="VerbatimClassifier.DefaultTrainer"/> is the best of them.
/// </summary>
public enum VerbatimTrainer
{
    /// <summary>Multinomial logistic regression by stochastic dual coordinate ascent, one thread.</summary>
    SdcaMaximumEntropy,

    /// <summary>Multinomial logistic regression by L-BFGS, one thread.</summary>
    LbfgsMaximumEntropy,

    /// <summary>One binary averaged perceptron per register (calibrated), the highest probability wins.</summary>
    OneVersusAllAveragedPerceptron,

    /// <summary>One binary linear SVM per register (calibrated), the highest probability wins.</summary>
    OneVersusAllLinearSvm,
}
