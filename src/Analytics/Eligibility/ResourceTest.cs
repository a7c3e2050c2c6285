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
        var column = stay.HalfPartIndex(participant);
        if (rfrTable is not null && column >= 0 && stay.Rfr(participant) is { } rfr)
        {
            var rfrMax = rfrTable.ThresholdAt(column);
            var p = stay.Parts(participant)!.Value;
            known = true;
            var ok = rfr < rfrMax;
            if (ok) passed |= Reason.RessourcesRfr;
            trace?.Add($"RFR {French.Eur(rfr)} {(ok ? "<" : "≥")} {French.Eur(rfrMax)} pour {French.Number(p)} part(s)");
        }
        if (rniTable is not null && column >= 0 && dossier.RniEur is { } rni && dossier.Couple is { } couple
            && rniTable.ThresholdAt(column, couple) is { } rniMax)
        {
            var rp = stay.Parts(participant)!.Value;
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
