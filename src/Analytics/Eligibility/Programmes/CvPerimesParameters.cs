using Vacances.Analytics.Rules;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>Expired Chèques-Vacances parameters on one day (ancv/cv_perimes.yaml).</summary>
internal sealed class CvPerimesParameters
{
    public CvPerimesParameters(ProgrammeParameters p, DateOnly day)
    {
        QfThreshold = p.Number("qf_threshold", day);
        Rfr = new RfrTable(p, day);
        IssueYearMinOffset = (int)p.Number("issue_year_min_offset", day);
        IssueYearMaxOffset = (int)p.Number("issue_year_max_offset", day);
        MinAmount = p.Number("min_amount", day);
        ManufacturingFee = p.Number("manufacturing_fee", day);
        foreach (var code in p.Codes("reasons", day))
            Reasons |= CanonicalCodes.CvReason.TryParse(code, out var reason)
                ? 1 << (int)reason
                : throw new ParameterFileException($"{p.Id} : motif inconnu « {code} ».");
    }

    public decimal QfThreshold { get; }
    public RfrTable Rfr { get; }
    public int IssueYearMinOffset { get; }
    public int IssueYearMaxOffset { get; }
    public decimal MinAmount { get; }
    public decimal ManufacturingFee { get; }

    /// <summary>Admitted reasons, one bit per <see cref="CvReason"/> value.</summary>
    public int Reasons { get; }
}
