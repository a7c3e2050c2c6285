namespace Vacances.Analytics.Verbatims;

/// <summary>An unlabelled free-text answer to classify (a row <c>id;text</c> of the DESIGN §7 input).</summary>
public sealed record VerbatimAnswer(string Id, string Text);
