namespace Vacances.Analytics.Survey;

/// <summary>
/// What <c>vacances survey estimate</c> asks (DESIGN §6): the share of respondents answering <paramref name="Value"/>
/// to <paramref name="Question"/>, among those who answered and whose answer is not in <paramref name="Exclude"/>
/// (and, optionally, who belong to <paramref name="Domain"/>).
/// </summary>
/// <param name="Level">Confidence level, 0 &lt; level &lt; 1 (0.95 by default on the command line).</param>
public sealed record EstimateRequest(string Question, string Value, IReadOnlyList<string> Exclude, double Level, SurveyDomain? Domain = null);
