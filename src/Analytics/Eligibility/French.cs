using System.Globalization;

namespace Vacances.Analytics.Eligibility;

/// <summary>French number formatting for explanations: <c>1 234,5 €</c>, <c>80 %</c>.</summary>
internal static class French
{
    private static readonly NumberFormatInfo Format = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = " ",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>An amount in euros: whole euros without decimals, otherwise two decimals.</summary>
    public static string Eur(decimal amount) =>
        (amount == decimal.Truncate(amount) ? amount.ToString("#,0", Format) : amount.ToString("#,0.00", Format)) + " €";

    /// <summary>A rate as a percentage: 0.8 → « 80 % ».</summary>
    public static string Percent(decimal rate) => (rate * 100).ToString("#,0.##", Format) + " %";

    /// <summary>A plain number: 2.5 → « 2,5 ».</summary>
    public static string Number(decimal value) => value.ToString("#,0.##", Format);
}
