using Vacances.Analytics.Survey;

namespace Vacances.Analytics.Tests.Survey;

/// <summary>Against R 4.2 <c>qnorm</c> / <c>qt</c>, printed with 17 significant digits.</summary>
public class QuantilesTests
{
    [Theory]
    [InlineData(0.975, 1.9599639845400536)]
    [InlineData(0.95, 1.6448536269514715)]
    [InlineData(0.995, 2.5758293035488999)]
    [InlineData(1e-10, -6.3613409024040557)]
    public void Normal_MatchesR_ToDoublePrecision(double p, double expected)
    {
        Assert.Equal(expected, Quantiles.Normal(p), 1e-13);
    }

    [Theory]
    [InlineData(0.975, 275, 1.9686278708475002)]
    [InlineData(0.95, 10, 1.8124611228116756)]
    [InlineData(0.995, 3, 5.8409093097333544)]
    [InlineData(0.975, 1, 12.706204736174694)]
    [InlineData(0.975, 2, 4.3026527297494619)]
    [InlineData(0.9, 99999, 1.2815600315340219)]
    public void StudentT_MatchesR_To1e9(double p, double df, double expected)
    {
        Assert.Equal(expected, Quantiles.StudentT(p, df), 1e-9);
    }
}
