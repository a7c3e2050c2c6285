using Vacances.Analytics.Indicators;

namespace Vacances.Analytics.Tests.Indicators;

public class DecimalSumTests
{
    public static TheoryData<decimal[]> Sequences() => new()
    {
        new decimal[] { },
        new[] { 0.00m },
        new[] { 185.38m, 113.91m, 50.5m, 200m },
        new[] { 1m, 2.10m, 3.1234m },
        new[] { 10m, 0.00001m, 5.5m },
        new[] { 4294967295m, 4294967296m, 0.01m },
        new[] { 1.5m, -1.5m, 2m },
        new[] { 922337203685477m, 922337203685477m, 0.0001m },
        new[] { 1m, 1m / 3m, 1000000m },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Value_EqualsDecimalAdditionsDigitForDigit_WhateverTheTerms(decimal[] terms)
    {
        var sum = new DecimalSum();
        var expected = 0m;
        foreach (var term in terms)
        {
            sum.Add(term);
            expected += term;
            Assert.Equal(decimal.GetBits(expected), decimal.GetBits(sum.Value));
        }
    }

    [Fact]
    public void Value_EqualsDecimalAdditions_OnAMillionRandomAmountsInCents()
    {
        var random = new Random(7);
        var sum = new DecimalSum();
        var expected = 0m;
        for (var i = 0; i < 1_000_000; i++)
        {
            var term = new decimal(random.Next(0, 5_000_000), 0, 0, false, (byte)random.Next(0, 3));
            sum.Add(term);
            expected += term;
        }

        Assert.Equal(decimal.GetBits(expected), decimal.GetBits(sum.Value));
    }

    [Fact]
    public void Value_EqualsDecimalAdditions_WhenTheIntegerFormWouldOverflow()
    {
        var sum = new DecimalSum();
        var expected = 0m;
        for (var i = 0; i < 600_000; i++)
        {
            var term = i % 2 == 0 ? 4294967295m : 0.5m;
            sum.Add(term);
            expected += term;
        }

        Assert.Equal(decimal.GetBits(expected), decimal.GetBits(sum.Value));
    }
}
