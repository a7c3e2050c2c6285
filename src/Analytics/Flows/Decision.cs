namespace Vacances.Analytics.Flows;

/// <summary>
/// What the reconstruction keeps of one eligibility row (<see cref="Eligibility.EligibilityResult"/>): a value in a
/// flat array rather than an object per row; the reason codes only for a row that is not eligible (the only ones a
/// message quotes), shared between rows with the same codes.
/// </summary>
internal readonly record struct Decision(string ParticipantId, string Programme, bool Eligible, decimal AidEur, IReadOnlyList<string> Reasons);
