using Vacances.Ingest.Parsing;

namespace Vacances.Ingest.Tests.Parsing;

public sealed class FieldParserTests
{
    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("1 234,56", 1234.56)]
    [InlineData("1\u00A0234,56", 1234.56)]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("1,234.56", 1234.56)]
    [InlineData("-3", -3)]
    [InlineData(" 7 ", 7)]
    [InlineData("12,50 €", 12.5)]
    public void TryDecimal_ReadsTheNumber_WhenDecimalCommaOrPoint(string text, double expected)
    {
        Assert.True(FieldParser.TryDecimal(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("douze")]
    [InlineData("1,2,3")]
    [InlineData("12 €€")]
    public void TryDecimal_Fails_WhenNotANumber(string text) => Assert.False(FieldParser.TryDecimal(text, out _));

    [Theory]
    [InlineData("2026-07-04")]
    [InlineData("04/07/2026")]
    [InlineData("2026-07-04T00:00:00")]
    public void TryDate_ReadsBothFormats_WhenTheDateExists(string text)
    {
        Assert.True(FieldParser.TryDate(text, out var date));
        Assert.Equal(new DateOnly(2026, 7, 4), date);
    }

    [Theory]
    [InlineData("2026-02-29")]
    [InlineData("31/04/2026")]
    [InlineData("07/04/26")]
    [InlineData("2026/07/04")]
    public void TryDate_Fails_WhenTheDateDoesNotExistOrIsMalformed(string text) => Assert.False(FieldParser.TryDate(text, out _));

    [Theory]
    [InlineData("oui", true)]
    [InlineData("NON", false)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("Vrai", true)]
    [InlineData("faux", false)]
    public void TryBool_ReadsEverySpelling_IgnoringCase(string text, bool expected)
    {
        Assert.True(FieldParser.TryBool(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("o")]
    [InlineData("yes")]
    [InlineData("2")]
    public void TryBool_Fails_WhenTheSpellingIsNotInTheContract(string text) => Assert.False(FieldParser.TryBool(text, out _));

    [Theory]
    [InlineData("2026-03")]
    [InlineData("03/2026")]
    [InlineData("2026-03-17")]
    public void TryMonth_GivesTheFirstDay_WhenMonthOrDate(string text)
    {
        Assert.True(FieldParser.TryMonth(text, out var month));
        Assert.Equal(new DateOnly(2026, 3, 1), month);
    }

    [Theory]
    [InlineData("12,50")]
    [InlineData("12.50")]
    [InlineData("0,1")]
    [InlineData("1234567890,1234")]
    [InlineData("007")]
    [InlineData("999999999999999999")]
    [InlineData("1,5000000000")]
    public void TryDecimal_GivesTheValueAndScaleOfDecimalParse_WhenThePlainFastPathApplies(string text)
    {
        var expected = decimal.Parse(text.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(FieldParser.TryDecimal(text, out var value));

        Assert.Equal(expected, value);
        Assert.Equal(expected.Scale, value.Scale);
    }

    [Theory]
    [InlineData(",5", 0.5)]
    [InlineData("5.", 5)]
    [InlineData("+5", 5)]
    public void TryDecimal_FallsBackToTheGeneralParser_WhenTheMarkOrSignIsUnusual(string text, double expected)
    {
        Assert.True(FieldParser.TryDecimal(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("31/02/2026")]
    [InlineData("2026-13-01")]
    [InlineData("0000-01-01")]
    [InlineData("2026-0a-01")]
    [InlineData("00/01/2026")]
    public void TryDate_Fails_WhenTenCharactersHaveTheShapeButNoDay(string text) => Assert.False(FieldParser.TryDate(text, out _));

    [Fact]
    public void TryDate_ReadsTheLeapDay_WhenTheYearIsLeap()
    {
        Assert.True(FieldParser.TryDate("29/02/2028", out var date));
        Assert.Equal(new DateOnly(2028, 2, 29), date);
    }
}
