namespace Vacances.Analytics.Indicators;

/// <summary>A mutable accumulator for one cell: numerator, denominator and the units behind each.</summary>
internal sealed class Tally
{
    public decimal Numerator;
    public decimal Denominator;
    public long NumeratorUnits;
    public long DenominatorUnits;

    /// <summary>Adds one unit to the denominator, and to the numerator when <paramref name="counted"/>.</summary>
    public void Count(bool counted)
    {
        Denominator++;
        DenominatorUnits++;
        if (!counted) return;
        Numerator++;
        NumeratorUnits++;
    }
}
