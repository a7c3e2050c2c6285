namespace Vacances.Ingest.Model;

/// <summary>A question of the survey codebook (DESIGN §3.5, <c>survey/codebook.json</c>).</summary>
/// <param name="Type"><c>single</c>, <c>multi</c>, <c>likert5</c>, <c>number</c> or <c>text</c>.</param>
/// <param name="Options">Answer code → French label, in codebook order (empty for number and text).</param>
public sealed record SurveyQuestion(string Id, string Label, string Type, IReadOnlyList<KeyValuePair<string, string>> Options);
