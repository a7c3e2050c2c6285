using Vacances.Analytics.Survey;

namespace Vacances.Reports.Input;

/// <summary>
/// The weighted estimate behind a survey indicator of the catalogue: it gives the figure its confidence interval,
/// its n and its design effect (DESIGN §6). <paramref name="IndicatorId"/> links it to the catalogue entry whose label
/// and value are shown; <paramref name="DomainDimension"/> / <paramref name="DomainCategory"/> say which respondents it
/// covers (<c>total</c> for all, or e.g. <c>dispositif</c> / <c>sejour_commun</c> for a domain estimate).
/// </summary>
public sealed record SurveyOutcome(string IndicatorId, ProportionEstimate Estimate, string DomainDimension = "total", string DomainCategory = "");
