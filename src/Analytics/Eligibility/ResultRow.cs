namespace Vacances.Analytics.Eligibility;

/// <summary>
/// One row of an evaluation on the hot path: which input it is about, the programme and its outcome. No strings are
/// built here; ids are read back from the input when a row is written out.
/// </summary>
/// <param name="Kind">What <paramref name="Index"/> points into.</param>
/// <param name="Index">Index of the dossier, CV request or equipment request in the input lists.</param>
/// <param name="Participant">Index into the participants list, or -1 for a dossier-level or request row.</param>
/// <param name="Explanation">Index into the run's explanations, or -1 when none was built.</param>
internal record struct ResultRow(RowKind Kind, int Index, int Participant, Programme Programme, Outcome Outcome, int Explanation);
