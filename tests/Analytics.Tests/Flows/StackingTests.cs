using Vacances.Analytics.Flows;

namespace Vacances.Analytics.Tests.Flows;

public class StackingTests
{
    private static readonly string[] Order = ["caf62", "ancv", "departement62", "commune:", "mecene:"];

    [Theory]
    [InlineData("caf62", 0)]
    [InlineData("ANCV", 1)]
    [InlineData("commune:62065", 3)]
    [InlineData("mecene:fondation_x", 4)]
    [InlineData("region_hdf", 5)]
    [InlineData("commune", 5)]
    public void StackingRank_MatchesCodesAndPrefixEntries_WhenRankingAFunder(string funder, int rank) =>
        Assert.Equal(rank, ProgrammeIds.StackingRank(funder, Order));

    [Theory]
    [InlineData("ancv.apv", "ancv")]
    [InlineData("region_hdf.sac_ados", "region_hdf")]
    [InlineData("sans_point", "sans_point")]
    public void FunderOf_TakesThePartBeforeTheFirstDot_WhenGivenAProgrammeId(string programme, string funder) =>
        Assert.Equal(funder, ProgrammeIds.FunderOf(programme));

    [Theory]
    [InlineData("ancv.apv", 1000, 3, 3, 200)]
    [InlineData("ancv.apv", 1000, 3, 1, 66.67)]
    [InlineData("ancv.apv", 1000, 3, -1, 200)]
    [InlineData("ancv.depart1825", 400, 2, 2, 100)]
    [InlineData("caf35.avf", 400, 2, -1, 0)]
    public void MinimumShareEur_FollowsTheProgrammesRules_WhenStacked(string programme, double cost, int participants, int helped, double share) =>
        Assert.Equal((decimal)share, BeneficiaryShareRules.MinimumShareEur(programme, (decimal)cost, participants, helped));
}
