namespace Vacances.Analytics.Verbatims;

/// <summary>
/// Outcome of a k-fold cross-validation: the report over all out-of-fold predictions pooled (each answer
/// predicted once, by the model that did not see it) and the macro-F1 of each fold.
/// </summary>
public sealed record CrossValidationResult(ClassificationReport Pooled, IReadOnlyList<double> FoldMacroF1);
