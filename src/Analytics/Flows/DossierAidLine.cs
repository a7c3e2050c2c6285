namespace Vacances.Analytics.Flows;

/// <summary>
/// One aid of one dossier in the reconstruction (DESIGN §4.4): a recorded grant of <c>aids.csv</c>, or an amount
/// estimated from the eligibility results when the dossier has no recorded grant. A value (kept inline in the
/// reconstruction's list): an operation of a million dossiers has millions of lines (issue 9).
/// </summary>
/// <param name="ParticipantId">The beneficiary of a recorded person-level grant; empty otherwise.</param>
/// <param name="CommuneInsee">The dossier's residence commune; empty when the grant names an unknown dossier.</param>
/// <param name="Dispositif">The dossier's dispositif code; empty when the grant names an unknown dossier.</param>
/// <param name="Estimated">True for an amount estimated from the rules, false for a recorded grant.</param>
public readonly record struct DossierAidLine(
    string DossierId,
    string ParticipantId,
    string Funder,
    string Programme,
    string CommuneInsee,
    string Dispositif,
    decimal AmountEur,
    bool Estimated);
