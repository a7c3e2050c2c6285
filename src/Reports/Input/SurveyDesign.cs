namespace Vacances.Reports.Input;

/// <summary>How the partants' survey was weighted (DESIGN §6), for the methodology and the survey section.</summary>
/// <param name="Respondents">Partants who answered.</param>
/// <param name="PopulationSize">N of the finite-population correction (the margins' total).</param>
/// <param name="CalibrationVariables">French names of the raking variables, e.g. « dispositif », « groupe de communes ».</param>
/// <param name="ProfessionalRespondents">Professionals who answered their questionnaire.</param>
public sealed record SurveyDesign(int Respondents, int PopulationSize, IReadOnlyList<string> CalibrationVariables, double Level, int ProfessionalRespondents);
