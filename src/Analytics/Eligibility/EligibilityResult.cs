namespace Vacances.Analytics.Eligibility;

/// <summary>
/// One evaluated (dossier, participant, programme): a row of the results contract (DESIGN §4.3).
/// Each row is standalone, as if the programme were the only aid (I-11).
/// </summary>
/// <param name="DossierId">The dossier id, or the request id for expired Chèques-Vacances and equipment requests.</param>
/// <param name="ParticipantId">Empty for dossier-level programmes and requests.</param>
/// <param name="Programme">Programme id, e.g. <c>ancv.apv</c>, <c>caf35.avf</c>.</param>
/// <param name="AidEur">Standalone amount (or ceiling where the text sets only a ceiling), rounded to the cent; 0 when not eligible.</param>
/// <param name="Reasons">Machine-readable reason codes, in evaluation order.</param>
/// <param name="Explanation">French explanation citing the rule and the parameter values used.</param>
public sealed record EligibilityResult(
    string DossierId,
    string ParticipantId,
    string Programme,
    bool Eligible,
    decimal AidEur,
    IReadOnlyList<string> Reasons,
    string Explanation);
