namespace Vacances.Analytics.Survey;

/// <summary>Which questionnaire of DESIGN §3.5 an indicator reads.</summary>
public enum SurveyPopulation
{
    /// <summary><c>survey/partants.csv</c>, calibrated to the departures' margins.</summary>
    Partants,

    /// <summary><c>survey/professionnels.csv</c>, SRSWOR among the distinct <c>pro_id</c> of <c>professionals.csv</c>.</summary>
    Professionnels,
}
