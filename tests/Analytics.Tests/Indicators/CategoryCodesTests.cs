using Vacances.Analytics.Indicators;

namespace Vacances.Analytics.Tests.Indicators;

public class CategoryCodesTests
{
    [Fact]
    public void CodeOf_NumbersCategoriesInFirstSeenOrder_WhenTheSameTextComesAsAnotherInstance()
    {
        var codes = new CategoryCodes();
        var copy = new string("62065".AsSpan());

        Assert.Equal(0, codes.CodeOf("62065"));
        Assert.Equal(1, codes.CodeOf("2A004"));
        Assert.Equal(0, codes.CodeOf(copy));
        Assert.Equal(1, codes.CodeOf("2A004"));
        Assert.Equal(2, codes.Count);
        Assert.Equal("2A004", codes[1]);
    }

    [Fact]
    public void InOrdinalOrder_OrdersCodesByTheOrdinalOrderOfTheirCategories()
    {
        var codes = new CategoryCodes();
        foreach (var category in new[] { "b", "B", "a", "10", "9" }) codes.CodeOf(category);

        var ordered = codes.InOrdinalOrder().Select(c => codes[c]);

        Assert.Equal(["10", "9", "B", "a", "b"], ordered);
    }
}
