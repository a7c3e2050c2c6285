namespace Vacances.Analytics.Indicators;

/// <summary>Builds <see cref="IndicatorCell"/>s the DHIS2 way: value = numerator / denominator × factor.</summary>
internal static class Cells
{
    /// <summary>Values are rounded to this many decimals (half away from zero), numerators and denominators never.</summary>
    public const int ValueDecimals = 6;

    /// <summary>A count or a sum: no denominator, the value is the numerator × factor.</summary>
    public static IndicatorCell Amount(IndicatorDefinition def, string dimension, string category, decimal amount, long units) =>
        new(new IndicatorValue(def.Id, dimension, category, amount, null, Round(amount * def.Factor), false), units, null);

    /// <summary>A ratio: undefined (null value) when the denominator is 0.</summary>
    public static IndicatorCell Ratio(IndicatorDefinition def, string dimension, string category,
        decimal numerator, decimal denominator, long numeratorUnits, long? denominatorUnits)
    {
        decimal? value = denominator == 0m ? null : Round(numerator / denominator * def.Factor);
        return new IndicatorCell(new IndicatorValue(def.Id, dimension, category, numerator, denominator, value, false),
            numeratorUnits, denominatorUnits);
    }

    private static decimal Round(decimal value) => Math.Round(value, ValueDecimals, MidpointRounding.AwayFromZero);
}
