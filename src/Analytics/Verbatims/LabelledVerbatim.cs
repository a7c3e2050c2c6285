namespace Vacances.Analytics.Verbatims;

/// <summary>A free-text answer with its hand-assigned register (one row of the training corpus).</summary>
public sealed record LabelledVerbatim(string Id, string Text, string Register);
