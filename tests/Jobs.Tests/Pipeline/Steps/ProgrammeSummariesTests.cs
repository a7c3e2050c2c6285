using Vacances.Analytics.Eligibility;
using Vacances.Jobs.Pipeline.Steps;

namespace Vacances.Jobs.Tests.Pipeline.Steps;

public class ProgrammeSummariesTests
{
    private static EligibilityResult R(string programme, bool eligible, decimal aid) => new("D1", "", programme, eligible, aid, [], "");

    [Fact]
    public void Build_CountsEvaluationsEligibleAndSumsEligibleAmounts_PerProgrammeInOrder()
    {
        EligibilityResult[] results = [R("ancv.bsv", true, 100m), R("ancv.apv", false, 0m), R("ancv.apv", true, 250.5m), R("ancv.apv", true, 49.5m), R("local.x", true, 10m)];

        var summaries = ProgrammeSummaries.Build(results, EligibilityEngine.LoadDefault().Book);

        Assert.Equal(["ancv.apv", "ancv.bsv", "local.x"], summaries.Select(s => s.ProgrammeId));
        var apv = summaries[0];
        Assert.Equal((3, 2, 300m), (apv.Evaluated, apv.Eligible, apv.EligibleAmountEur));
        Assert.Equal("Aide aux projets vacances (aide à la personne)", apv.Label);
        Assert.Contains("003_ca2202353c143c2a.txt", apv.Source, StringComparison.Ordinal);
        Assert.Equal(("local.x", ""), (summaries[2].Label, summaries[2].Source));
    }
}
