namespace Vacances.Analytics.Tests.Eligibility;

/// <summary>
/// One expected row of a case: <c>programme@dossier/participant: amount | false | absent</c>, with the reason codes
/// it must carry.
/// </summary>
/// <param name="Absent">The row must not exist (territory or period, I-08).</param>
/// <param name="AidEur">Expected amount; null with <paramref name="Eligible"/> false.</param>
public sealed record CaseExpectation(
    string Programme,
    string DossierId,
    string ParticipantId,
    bool Absent,
    bool Eligible,
    decimal? AidEur,
    IReadOnlyList<string> Reasons)
{
    public override string ToString() => $"{Programme}@{DossierId}/{ParticipantId}";
}
