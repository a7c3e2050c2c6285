using Vacances.Analytics.Survey;

namespace Vacances.Analytics.Export;

/// <summary>
/// The pipeline's <c>survey/enquete.csv</c>: one line per survey indicator estimate (<see cref="SurveyIndicators"/>,
/// DESIGN §6), overall then per domain, with what the catalogue's value leaves out —
/// <c>indicator_id;dimension;category;n;estimate;se;ci_low;ci_high;ci_logit_low;ci_logit_high;level;deff;weighted_numerator;weighted_denominator</c>.
/// The estimate is a proportion (0–1) or a mean; <c>ci_low</c>/<c>ci_high</c> are the Wald bounds, the logit bounds
/// (proportions only, empty for a mean) are the ones the bilan shows. Numbers rounded to 6 decimals, point decimal,
/// so reruns give identical bytes.
/// </summary>
public static class SurveyEstimatesCsv
{
    public const string Header =
        "indicator_id;dimension;category;n;estimate;se;ci_low;ci_high;ci_logit_low;ci_logit_high;level;deff;weighted_numerator;weighted_denominator";

    public static void Write(TextWriter writer, IEnumerable<SurveyIndicatorEstimate> estimates)
    {
        writer.Write(Header);
        writer.Write('\n');
        foreach (var e in estimates)
        {
            var (se, low, high, level) = e.Proportion is { } p ? (p.Se, p.CiLow, p.CiHigh, p.Level) : (e.Mean!.Se, e.Mean.CiLow, e.Mean.CiHigh, e.Mean.Level);
            writer.Write(string.Join(CsvCells.Separator,
                CsvCells.Text(e.IndicatorId), CsvCells.Text(e.Dimension), CsvCells.Text(e.Category),
                CsvCells.Number(e.N), Number(e.Estimate), Number(se), Number(low), Number(high),
                e.Proportion is { } q ? Number(q.CiLogitLow) : "", e.Proportion is { } r ? Number(r.CiLogitHigh) : "",
                Number(level), Number(e.DesignEffect), Number(e.WeightedNumerator), Number(e.WeightedDenominator)));
            writer.Write('\n');
        }
    }

    private static string Number(double value) =>
        double.IsFinite(value) ? CsvCells.Number(Math.Round((decimal)value, 6)) : "";
}
