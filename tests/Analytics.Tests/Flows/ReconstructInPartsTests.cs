using Vacances.Analytics.Eligibility;
using Vacances.Analytics.Flows;
using Vacances.Ingest.Loading;
using Vacances.TestSupport;

namespace Vacances.Analytics.Tests.Flows;

public class ReconstructInPartsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(300)]
    [InlineData(100_000)]
    public void Reconstruct_GivesTheFlowsOfTheWholeRows_WhenEligibilityIsDecidedInParts(int size)
    {
        Environment.SetEnvironmentVariable("VACANCES_PSEUDO_KEY", "cle-de-test-echantillon-nrpp");
        var data = OperationFolder.Load(Path.Combine(RepositoryPaths.DataSamples, "nrpp-2026"));
        var engine = EligibilityEngine.LoadDefault();
        var whole = AidFlowReconstruction.Reconstruct(data, engine.Decide(data));

        var inParts = AidFlowReconstruction.Reconstruct(data, engine, size);

        // A dossier's lines stay together and in order; the dossiers come part after part.
        SameFlows.Assert(whole, inParts);
    }
}
