using Vacances.Analytics.Survey;

namespace Vacances.Analytics.Tests.Survey;

/// <summary>
/// Every case of <c>Fixtures/cases.csv</c> against R's survey package (<c>Fixtures/expected.csv</c>, made by
/// <c>make-fixtures.R</c>): SRSWOR with fpc, raking on one and two margins, bounded raking, missing and excluded
/// answers, 90 % and 95 %, domains by dispositif and commune group — all to 1e-6 relative (DESIGN §6).
/// </summary>
public class SurveyEstimatorTests
{
    private const double Tolerance = 1e-6;

    public static IEnumerable<object[]> ProportionCases => ReferenceFixtures.CaseIds("proportion");

    public static IEnumerable<object[]> MeanCases => ReferenceFixtures.CaseIds("mean");

    [Theory]
    [MemberData(nameof(ProportionCases))]
    public void Proportion_MatchesRSurveyPackage_ForFixtureCase(string id)
    {
        var (spec, weights) = Prepare(id);
        var expected = ReferenceFixtures.Expected(id);
        var estimate = SurveyEstimator.Proportion(ReferenceFixtures.Responses(), weights, new EstimateRequest(
            spec["question"], spec["value"], Split(spec["exclude"]), ReferenceFixtures.Number(spec["level"]), Domain(spec)));

        Assert.Equal(int.Parse(expected["n"]), estimate.N);
        AssertClose(expected["estimate"], estimate.Estimate);
        AssertClose(expected["se"], estimate.Se);
        AssertClose(expected["ci_low"], estimate.CiLow);
        AssertClose(expected["ci_high"], estimate.CiHigh);
        AssertClose(expected["ci_logit_low"], estimate.CiLogitLow);
        AssertClose(expected["ci_logit_high"], estimate.CiLogitHigh);
        AssertClose(expected["deff"], estimate.DesignEffect);
    }

    [Theory]
    [MemberData(nameof(MeanCases))]
    public void Mean_MatchesRSurveyPackage_ForFixtureCase(string id)
    {
        var (spec, weights) = Prepare(id);
        var expected = ReferenceFixtures.Expected(id);
        var estimate = SurveyEstimator.Mean(ReferenceFixtures.Responses(), weights, spec["question"], ReferenceFixtures.Number(spec["level"]), Domain(spec));

        Assert.Equal(int.Parse(expected["n"]), estimate.N);
        AssertClose(expected["estimate"], estimate.Estimate);
        AssertClose(expected["se"], estimate.Se);
        AssertClose(expected["ci_low"], estimate.CiLow);
        AssertClose(expected["ci_high"], estimate.CiHigh);
        AssertClose(expected["deff"], estimate.DesignEffect);
    }

    [Fact]
    public void Fixtures_CoverAtLeastTwelveEstimates_WhenRegenerated()
    {
        var cases = ReferenceFixtures.Cases();
        Assert.True(cases.Count >= 12);
        Assert.All(cases, c => Assert.NotNull(ReferenceFixtures.Expected(c["id"])));
        Assert.Contains(cases, c => c["calibrate"] == "");
        Assert.Contains(cases, c => c["calibrate"].Split('|').Length == 1 && c["calibrate"] != "");
        Assert.Contains(cases, c => c["calibrate"].Split('|').Length == 2);
        Assert.Contains(cases, c => c["exclude"] != "");
        Assert.Contains(cases, c => c["domain_variable"] != "");
        Assert.Contains(cases, c => c["level"] == "0.90");
    }

    private static (Dictionary<string, string> Spec, SurveyWeights Weights) Prepare(string id)
    {
        var spec = ReferenceFixtures.Cases().Single(c => c["id"] == id);
        var options = new CalibrationOptions(
            spec["bounds_low"] == "" ? 0 : ReferenceFixtures.Number(spec["bounds_low"]),
            spec["bounds_high"] == "" ? double.PositiveInfinity : ReferenceFixtures.Number(spec["bounds_high"]));
        var weights = SurveyEstimator.Weigh(ReferenceFixtures.Responses(), ReferenceFixtures.Margins(), Split(spec["calibrate"]), options);
        return (spec, weights);
    }

    private static IReadOnlyList<string> Split(string text) => text == "" ? [] : text.Split('|');

    private static SurveyDomain? Domain(Dictionary<string, string> spec) =>
        spec["domain_variable"] == "" ? null : new SurveyDomain(spec["domain_variable"], spec["domain_category"]);

    private static void AssertClose(string expected, double actual)
    {
        var reference = ReferenceFixtures.Number(expected);
        var error = Math.Abs(actual - reference) / Math.Max(Math.Abs(reference), 1e-300);
        Assert.True(error <= Tolerance, $"R {reference:R}, ours {actual:R}, relative error {error:E2}");
    }
}
