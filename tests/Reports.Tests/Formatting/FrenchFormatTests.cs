using Vacances.Reports.Formatting;

namespace Vacances.Reports.Tests.Formatting;

public class FrenchFormatTests
{
    [Theory]
    [InlineData(9300, "9\u202F300")]
    [InlineData(1234567, "1\u202F234\u202F567")]
    [InlineData(999, "999")]
    [InlineData(0, "0")]
    [InlineData(-2500, "\u22122\u202F500")]
    public void Integer_GroupsThousandsWithNarrowNoBreakSpace_WhenValueHasThousands(int value, string expected) =>
        Assert.Equal(expected, FrenchFormat.Integer(value));

    [Fact]
    public void Integer_RoundsHalfAwayFromZero_WhenValueIsFractional() =>
        Assert.Equal("3", FrenchFormat.Integer(2.5m));

    [Theory]
    [InlineData(61.2, 0, "61\u00A0%")]
    [InlineData(6.25, 1, "6,3\u00A0%")]
    [InlineData(100, 0, "100\u00A0%")]
    public void Percent_UsesDecimalCommaAndNoBreakSpaceBeforeSign_WhenGivenPoints(double points, int decimals, string expected) =>
        Assert.Equal(expected, FrenchFormat.Percent((decimal)points, decimals));

    [Theory]
    [InlineData(1_234_567, "1,2\u00A0M€")]
    [InlineData(1_000_000, "1\u00A0M€")]
    [InlineData(638_534, "639\u00A0k€")]
    [InlineData(9_800, "9\u202F800\u00A0€")]
    public void EurosCompact_ChoosesMillionsThousandsOrEuros_WhenAmountGrows(int amount, string expected) =>
        Assert.Equal(expected, FrenchFormat.EurosCompact(amount));

    [Fact]
    public void Euros_WritesWholeEurosWithGroupedThousands_WhenAmountHasCents() =>
        Assert.Equal("1\u202F384\u202F534\u00A0€", FrenchFormat.Euros(1_384_533.6m));

    [Fact]
    public void Date_WritesDayMonthNameAndYear_WhenGivenADate() =>
        Assert.Equal("22\u00A0novembre 2026", FrenchFormat.Date(new DateOnly(2026, 11, 22)));

    [Fact]
    public void Date_WritesPremier_WhenDayIsTheFirst() =>
        Assert.Equal("1er\u00A0août 2026", FrenchFormat.Date(new DateOnly(2026, 8, 1)));

    [Theory]
    [InlineData(37.0, "%", "37\u00A0%")]
    [InlineData(61.0, "h", "61\u00A0h")]
    [InlineData(40.5, "‰", "40,5\u00A0‰")]
    [InlineData(9300.0, "nombre", "9\u202F300")]
    [InlineData(2.5, "nombre", "2,5")]
    [InlineData(1200000.0, "€", "1\u202F200\u202F000\u00A0€")]
    public void InUnit_FormatsByIndicatorUnit_WhenUnitIsKnown(double value, string unit, string expected) =>
        Assert.Equal(expected, FrenchFormat.InUnit((decimal)value, unit));
}
