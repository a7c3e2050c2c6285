namespace Vacances.Analytics.Verbatims;

/// <summary>
/// Something that assigns a register to free-text answers: the trained <see cref="VerbatimClassifier"/> or the
/// hand-written <see cref="KeywordBaseline"/>, compared on the same folds by <see cref="CrossValidation"/>.
/// </summary>
public interface IRegisterPredictor
{
    /// <summary>One prediction per text, in input order.</summary>
    IReadOnlyList<RegisterPrediction> Predict(IReadOnlyList<string> texts);
}
