using Vacances.Analytics.Indicators;

namespace Vacances.Analytics.Tests.Indicators;

public class DisclosureControlTests
{
    private static IndicatorCell Count(string dimension, string category, long n, string id = "departs.personnes") =>
        new(new IndicatorValue(id, dimension, category, n, null, n, false), n, null);

    private static IndicatorCell Share(string dimension, string category, long num, long den) =>
        new(new IndicatorValue("public.part_employes", dimension, category, num, den, den == 0 ? null : 100m * num / den, false), num, den);

    [Theory]
    [InlineData(5, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    [InlineData(0, false)]
    public void Apply_HidesCellsBelowTheThreshold_ButNotZeros(long n, bool hidden)
    {
        var value = Assert.Single(DisclosureControl.Apply([Count("total", "", n)], 11));

        Assert.Equal(hidden, value.Suppressed);
    }

    [Fact]
    public void Apply_MarksHiddenCells_WithoutNumbers()
    {
        var value = DisclosureControl.Apply([Count("total", "", 40), Count("commune", "A", 5), Count("commune", "B", 15), Count("commune", "C", 20)], 11)[1];

        Assert.Equal(new IndicatorValue("departs.personnes", "commune", "A", 0m, null, null, true), value);
    }

    [Fact]
    public void Apply_HidesTheNextSmallestCell_WhenOnlyOneCellOfADimensionIsHidden()
    {
        var values = DisclosureControl.Apply(
            [Count("total", "", 95), Count("commune", "A", 5), Count("commune", "B", 40), Count("commune", "C", 20), Count("commune", "D", 30)], 11);

        Assert.Equal([false, true, false, true, false], values.Select(v => v.Suppressed));
    }

    [Fact]
    public void Apply_PrefersANonEmptyCell_WhenChoosingTheSecondaryCell()
    {
        var values = DisclosureControl.Apply(
            [Count("total", "", 45), Count("commune", "A", 5), Count("commune", "B", 0), Count("commune", "C", 40)], 11);

        Assert.Equal([false, true, false, true], values.Select(v => v.Suppressed));
    }

    [Fact]
    public void Apply_AddsNoSecondaryCell_WhenTwoCellsAreAlreadyHidden()
    {
        var values = DisclosureControl.Apply(
            [Count("total", "", 52), Count("commune", "A", 5), Count("commune", "B", 7), Count("commune", "C", 40)], 11);

        Assert.Equal([false, true, true, false], values.Select(v => v.Suppressed));
    }

    [Fact]
    public void Apply_HidesTheTotalAndProtectsItElsewhere_WhenALoneCellOfADimensionIsHidden()
    {
        // The mois dimension has one (sensitive) cell: the total would reveal it, so the total goes; the commune
        // dimension would then give the total back as a sum, so its two smallest cells go too.
        var values = DisclosureControl.Apply(
        [
            Count("total", "", 50), Count("mois", "2026-07", 8) with { NumeratorUnits = 8 },
            Count("commune", "A", 20), Count("commune", "B", 14), Count("commune", "C", 16),
        ], 11);

        Assert.Equal([true, true, false, true, true], values.Select(v => v.Suppressed));
    }

    [Fact]
    public void Apply_HidesARatio_WhenItsDenominatorIsSmall()
    {
        var values = DisclosureControl.Apply([Share("total", "", 30, 60), Share("commune", "A", 0, 4), Share("commune", "B", 30, 56)], 11);

        Assert.Equal([false, true, true], values.Select(v => v.Suppressed));
        Assert.All(values.Where(v => v.Suppressed), v => Assert.Null(v.Value));
    }

    [Fact]
    public void Apply_TreatsEachIndicatorSeparately()
    {
        var values = DisclosureControl.Apply(
        [
            Count("total", "", 60), Count("commune", "A", 20), Count("commune", "B", 40),
            Count("total", "", 45, "departs.dossiers"), Count("commune", "A", 5, "departs.dossiers"), Count("commune", "B", 40, "departs.dossiers"),
        ], 11);

        Assert.Equal([false, false, false, false, true, true], values.Select(v => v.Suppressed));
    }
}
