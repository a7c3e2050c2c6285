namespace Vacances.Analytics.Eligibility;

/// <summary>
/// The « QF ou RFR ou RNI » resource test (I-05): qualifies when any known measure is strictly below its threshold
/// (I-01); unknown measures are skipped; none known gives <see cref="Reason.RessourcesInconnues"/>.
/// A null threshold source means the programme does not use that measure.
/// </summary>
internal static class ResourceTest
{
    public static Reason Check(
        StayContext stay, int participant, decimal? qfThreshold, RfrTable? rfrTable, RniTable? rniTable, Trace? trace)
    {
        var dossier = stay.Dossier;
        var passed = Reason.None;
        var known = false;
        if (qfThreshold is { } qfMax && dossier.QfEur is { } qf)
        {
            known = true;
            var ok = qf < qfMax;
            if (ok) passed |= Reason.RessourcesQf;
            trace?.Add($"QF {French.Eur(qf)} {(ok ? "<" : "≥")} {French.Eur(qfMax)}");
        }
        var parts = stay.Parts(participant);
        if (rfrTable is not null && stay.Rfr(participant) is { } rfr && parts is { } p && rfrTable.Threshold(p) is { } rfrMax)
        {
            known = true;
            var ok = rfr < rfrMax;
            if (ok) passed |= Reason.RessourcesRfr;
            trace?.Add($"RFR {French.Eur(rfr)} {(ok ? "<" : "≥")} {French.Eur(rfrMax)} pour {French.Number(p)} part(s)");
        }
        if (rniTable is not null && dossier.RniEur is { } rni && parts is { } rp && dossier.Couple is { } couple
            && rniTable.Threshold(rp, couple) is { } rniMax)
        {
            known = true;
            var ok = rni < rniMax;
            if (ok) passed |= Reason.RessourcesRni;
            trace?.Add($"RNI {French.Eur(rni)} {(ok ? "<" : "≥")} {French.Eur(rniMax)} ({French.Number(rp)} part(s), {(couple ? "couple" : "personne seule")})");
        }
        if (passed != Reason.None) return passed;
        if (!known)
        {
            trace?.Add("aucune mesure de ressources connue (I-05)");
            return Reason.RessourcesInconnues;
        }
        return Reason.RessourcesTropElevees;
    }

    /// <summary>Whether <see cref="Check"/> returned a passing result.</summary>
    public static bool Passed(Reason result) =>
        (result & (Reason.RessourcesQf | Reason.RessourcesRfr | Reason.RessourcesRni)) != 0;
}
