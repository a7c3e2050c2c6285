using Vacances.Analytics.Indicators;

namespace Vacances.Analytics.Export;

/// <summary>
/// The <c>vacances indicators</c> CSV (DESIGN §2):
/// <c>indicator_id;dimension;category;numerator;denominator;value;suppressed</c>. Numbers with a point and no
/// trailing zeros; the denominator is empty for counts and sums, the value empty when undefined; a suppressed cell
/// has empty numerator, denominator and value and <c>suppressed</c> = <c>true</c>.
/// </summary>
public static class IndicatorsCsv
{
    public const string Header = "indicator_id;dimension;category;numerator;denominator;value;suppressed";

    public static void Write(TextWriter writer, IEnumerable<IndicatorValue> values)
    {
        writer.Write(Header);
        writer.Write('\n');
        foreach (var v in values)
        {
            writer.Write(string.Join(CsvCells.Separator,
                CsvCells.Text(v.IndicatorId), CsvCells.Text(v.Dimension), CsvCells.Text(v.Category),
                v.Suppressed ? "" : CsvCells.Number(v.Numerator),
                v.Suppressed || v.Denominator is not { } d ? "" : CsvCells.Number(d),
                v.Value is { } value ? CsvCells.Number(value) : "",
                CsvCells.Bool(v.Suppressed)));
            writer.Write('\n');
        }
    }
}
