namespace Vacances.Ingest.Model;

/// <summary>The survey of an operation (DESIGN §3.5): codebook, partants' and professionals' answers.</summary>
public sealed record SurveyData(IReadOnlyList<SurveyQuestion> Codebook, SurveyTable Partants, SurveyTable Professionnels);
