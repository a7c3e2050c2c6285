namespace Vacances.Analytics.Quality;

/// <summary>One record breaking one quality rule, kept as data (for the quality report and the store).</summary>
/// <param name="Entity">The kind of record: <c>dossier</c>, <c>participant</c>, <c>professionnel</c>, <c>aide</c>.</param>
/// <param name="EntityId">Its id (dossier_id, participant_id, « pro_id yyyy-MM », « dossier_id programme »).</param>
/// <param name="Message">French sentence: the rule and the two values compared.</param>
public sealed record QualityViolation(string RuleId, string Entity, string EntityId, decimal Left, decimal Right, string Message);
