using Vacances.Analytics.Rules;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>
/// ANCV « Aide aux bénéficiaires de Chèques-Vacances périmés » (003_ca2202353c143c2a.txt, Chèques-Vacances périmés):
/// millésime n−3 or n−4, at least 100 €, a listed reason, QF or RFR below the thresholds or proche aidant;
/// aid = amount − 10 € (I-46). Cumulable, hence never limited (I-09).
/// </summary>
internal sealed class CvPerimesRule
{
    public CvPerimesRule(RuleBook book) => Segments = new Segments<CvPerimesParameters>(book.Get("ancv.cv_perimes"), (p, d) => new CvPerimesParameters(p, d));

    public Segments<CvPerimesParameters> Segments { get; }

    public Outcome Evaluate(CvRequest request, CvPerimesParameters p, Trace? trace)
    {
        var reasons = Reason.None;
        var failures = Reason.None;
        var n = request.RequestDate.Year;
        var yearOk = request.IssueYear >= n - p.IssueYearMinOffset && request.IssueYear <= n - p.IssueYearMaxOffset;
        trace?.Add($"millésime {request.IssueYear} {(yearOk ? "admis" : "non admis")} (admis : {n - p.IssueYearMinOffset} et {n - p.IssueYearMaxOffset}, I-46)");
        if (!yearOk) failures |= Reason.MillesimeNonAdmis;
        var amountOk = request.AmountEur >= p.MinAmount;
        trace?.Add($"montant {French.Eur(request.AmountEur)} {(amountOk ? "≥" : "<")} {French.Eur(p.MinAmount)} (I-46)");
        if (!amountOk) failures |= Reason.MontantInsuffisant;
        var reasonOk = request.Reason is { } reason && (p.Reasons & (1 << (int)reason)) != 0;
        trace?.Add(reasonOk ? "motif admis" : "motif absent ou non admis (I-46)");
        if (!reasonOk) failures |= Reason.MotifNonAdmis;
        if (request.ProcheAidant == true)
        {
            reasons |= Reason.ProcheAidant;
            trace?.Add("proche aidant : pas de condition de ressources (I-46)");
        }
        else
        {
            var resources = Resources(request, p, trace);
            if (ResourceTest.Passed(resources)) reasons |= resources;
            else failures |= resources;
        }
        if (failures != Reason.None) return Outcome.No(failures);
        var amount = request.AmountEur - p.ManufacturingFee;
        trace?.Add($"aide = {French.Eur(request.AmountEur)} − {French.Eur(p.ManufacturingFee)} = {French.Eur(Money.Round(amount))} (I-46)");
        return Outcome.Aid(amount, reasons, Reason.MontantInsuffisant);
    }

    /// <summary>QF or RFR strictly below the thresholds (I-01, I-05), on the request's own figures.</summary>
    private static Reason Resources(CvRequest request, CvPerimesParameters p, Trace? trace)
    {
        var known = false;
        var passed = Reason.None;
        if (request.QfEur is { } qf)
        {
            known = true;
            if (qf < p.QfThreshold) passed |= Reason.RessourcesQf;
            trace?.Add($"QF {French.Eur(qf)} {(qf < p.QfThreshold ? "<" : "≥")} {French.Eur(p.QfThreshold)}");
        }
        if (request.RfrEur is { } rfr && request.TaxParts is { } parts && p.Rfr.Threshold(parts) is { } max)
        {
            known = true;
            if (rfr < max) passed |= Reason.RessourcesRfr;
            trace?.Add($"RFR {French.Eur(rfr)} {(rfr < max ? "<" : "≥")} {French.Eur(max)} pour {French.Number(parts)} part(s)");
        }
        if (passed != Reason.None) return passed;
        return known ? Reason.RessourcesTropElevees : Reason.RessourcesInconnues;
    }
}
