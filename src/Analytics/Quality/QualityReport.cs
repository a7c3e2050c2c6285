namespace Vacances.Analytics.Quality;

/// <summary>The data-quality report of an operation: one summary per rule, in catalogue order, and every violation.</summary>
public sealed record QualityReport(IReadOnlyList<QualityRuleSummary> Rules, IReadOnlyList<QualityViolation> Violations);
