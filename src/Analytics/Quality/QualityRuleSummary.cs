namespace Vacances.Analytics.Quality;

/// <summary>How one rule fared over an operation: records checked, skipped for missing values, in violation.</summary>
public sealed record QualityRuleSummary(string RuleId, string Label, string Entity, int Checked, int Skipped, int Violations);
