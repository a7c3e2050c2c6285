using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Flows;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Model;
using Vacances.TestSupport;

namespace Vacances.Analytics.Tests.Flows;

/// <summary>The flows from rows read once, each dossier's together, kept one part at a time (the pipeline's path).</summary>
public class ReconstructGroupedTests
{
    private static readonly Lazy<(OperationData Data, IReadOnlyList<EligibilityResult> Rows)> Sample = new(() =>
    {
        Environment.SetEnvironmentVariable("VACANCES_PSEUDO_KEY", "cle-de-test-echantillon-nrpp");
        var data = OperationFolder.Load(Path.Combine(RepositoryPaths.DataSamples, "nrpp-2026"));
        return (data, EligibilityEngine.LoadDefault().Decide(data));
    });

    [Theory]
    [InlineData(1, false)]
    [InlineData(300, false)]
    [InlineData(300, true)]
    [InlineData(100_000, false)]
    public void ReconstructGrouped_GivesTheFlowsOfTheWholeRows_WhenEachDossiersRowsComeTogether(int size, bool dossiersReversed)
    {
        var (data, rows) = Sample.Value;
        var whole = AidFlowReconstruction.Reconstruct(data, rows);
        // The pipeline's file comes commune after commune: any order of the dossiers, each one's rows together.
        var given = dossiersReversed ? rows.GroupBy(r => r.DossierId).Reverse().SelectMany(g => g).ToList() : rows;

        var grouped = AidFlowReconstruction.ReconstructGrouped(data, given, size);

        SameFlows.Assert(whole, grouped);
    }

    [Fact]
    public void ReconstructGrouped_Refuses_WhenADossiersRowsComeApart()
    {
        var (data, rows) = Sample.Value;
        var dossier = data.Dossiers[0].DossierId;
        var first = rows.First(r => r.DossierId == dossier);
        var apart = rows.Where(r => r != first).Append(first).ToList();

        var refused = Assert.Throws<InvalidOperationException>(() => AidFlowReconstruction.ReconstructGrouped(data, apart, 300));

        Assert.Contains(dossier, refused.Message, StringComparison.Ordinal);
    }
}
