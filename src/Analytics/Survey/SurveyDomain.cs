namespace Vacances.Analytics.Survey;

/// <summary>A sub-population of respondents: those whose column <paramref name="Variable"/> equals <paramref name="Category"/> (e.g. dispositif = individuel).</summary>
public sealed record SurveyDomain(string Variable, string Category);
