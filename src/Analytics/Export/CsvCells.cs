using System.Globalization;

namespace Vacances.Analytics.Export;

/// <summary>
/// Cell formatting for the product's CSV exports (DESIGN §10): text cells that a spreadsheet would run as a formula
/// (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) get a leading apostrophe; cells
/// holding the separator, a quote or a line break are quoted RFC 4180-style. Numbers use the invariant culture.
/// </summary>
public static class CsvCells
{
    public const char Separator = ';';

    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([Separator, '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>A money amount: point decimal, exactly 2 decimals.</summary>
    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A number without trailing zeros (up to 10 decimals), point decimal.</summary>
    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";
}
