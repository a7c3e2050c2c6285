using System.Globalization;

namespace Vacances.Reports.Formatting;

/// <summary>
/// French number, money and date formatting for everything a reader sees (DESIGN §8: « 9 300 », « 61 % »,
/// « 1,2 M€ », « 22 novembre 2026 »). Thousands are grouped with a narrow no-break space (U+202F, as French
/// typography and CLDR do) and units are separated by a no-break space (U+00A0), so that a figure never
/// breaks across lines. Independent of the machine's culture data: the same input gives the same text.
/// </summary>
public static class FrenchFormat
{
    /// <summary>Narrow no-break space, the French thousands separator.</summary>
    public const char ThousandsSeparator = '\u202F';

    /// <summary>No-break space between a figure and its unit.</summary>
    public const char UnitSeparator = '\u00A0';

    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ThousandsSeparator.ToString(),
        NumberGroupSizes = [3],
        NegativeSign = "\u2212",
    };

    private static readonly string[] MonthNames =
    [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    /// <summary>A whole number with grouped thousands: 9300 → « 9 300 ».</summary>
    public static string Integer(decimal value) =>
        Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,0", Numbers);

    /// <summary>A number with a fixed count of decimals: (1.25, 1) → « 1,3 ».</summary>
    public static string Number(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), Numbers);
    }

    /// <summary>A number with up to <paramref name="decimals"/> decimals, trailing zeros dropped: 61.0 → « 61 ».</summary>
    public static string Compact(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString(decimals == 0 ? "#,0" : "#,0." + new string('#', decimals), Numbers);
    }

    /// <summary>A percentage already expressed in points (factor 100): 61.2 → « 61 % ».</summary>
    public static string Percent(decimal points, int decimals = 0) => Number(points, decimals) + UnitSeparator + "%";

    /// <summary>A share in [0, 1] as a percentage: 0.612 → « 61 % ».</summary>
    public static string Share(double share, int decimals = 0) => Percent((decimal)share * 100m, decimals);

    /// <summary>A rate per thousand: 12.34 → « 12,3 ‰ ».</summary>
    public static string PerThousand(decimal value) => Number(value, 1) + UnitSeparator + "‰";

    /// <summary>Hours: 61.4 → « 61 h ».</summary>
    public static string Hours(decimal value) => Compact(value, 0) + UnitSeparator + "h";

    /// <summary>Whole euros: 1234567.8 → « 1 234 568 € ».</summary>
    public static string Euros(decimal value) => Integer(value) + UnitSeparator + "€";

    /// <summary>
    /// Euros in the short form used in headlines: « 1,2 M€ » from one million, « 350 k€ » from ten thousand,
    /// else whole euros (« 9 800 € »).
    /// </summary>
    public static string EurosCompact(decimal value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude >= 1_000_000m) return Compact(value / 1_000_000m, 1) + UnitSeparator + "M€";
        if (magnitude >= 10_000m) return Integer(value / 1_000m) + UnitSeparator + "k€";
        return Euros(value);
    }

    /// <summary>A date in words: 2026-11-22 → « 22 novembre 2026 », the first of a month as « 1er ».</summary>
    public static string Date(DateOnly date) =>
        (date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture)) + UnitSeparator +
        MonthNames[date.Month - 1] + " " + date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A month in words: (2026, 5) → « mai 2026 ».</summary>
    public static string Month(int year, int month) =>
        MonthNames[month - 1] + " " + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The French name of a month, 1-based: 8 → « août ».</summary>
    public static string MonthName(int month) => MonthNames[month - 1];

    /// <summary>
    /// A value in an indicator's display unit (<c>nombre</c>, <c>%</c>, <c>€</c>, <c>h</c>, <c>‰</c>, as in
    /// <c>IndicatorDefinition.Unit</c>); an unknown unit is appended after the number.
    /// </summary>
    public static string InUnit(decimal value, string unit) => unit switch
    {
        "%" => Percent(value),
        "€" => Euros(value),
        "h" => Hours(value),
        "‰" => PerThousand(value),
        "nombre" or "" => Math.Round(value) == value || Math.Abs(value) >= 100m ? Integer(value) : Compact(value, 1),
        _ => Compact(value, 1) + UnitSeparator + unit,
    };
}
