namespace Vacances.Reports.Input;

/// <summary>Cross-validated quality of the verbatim classifier (DESIGN §7), for the methodology.</summary>
/// <param name="PerRegisterF1">F1 per register code, in the order to show.</param>
public sealed record ClassifierMetrics(
    int CorpusSize,
    int Folds,
    double MacroF1,
    double BaselineMacroF1,
    IReadOnlyList<KeyValuePair<string, double>> PerRegisterF1);
