namespace Vacances.Analytics.Survey;

/// <summary>
/// One population count of a calibration margin (DESIGN §6, a row of <c>margins.csv</c>:
/// <c>variable;category;count</c>), e.g. 4 800 partants of the dispositif <c>individuel</c>.
/// </summary>
public sealed record MarginCount(string Variable, string Category, double Count);
