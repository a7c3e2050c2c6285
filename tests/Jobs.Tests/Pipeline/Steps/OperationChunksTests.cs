using Vacances.Ingest.Loading;
using Vacances.Jobs.Pipeline.Steps;
using Vacances.TestSupport;

namespace Vacances.Jobs.Tests.Pipeline.Steps;

/// <summary>The eligibility fan-out's parts: computed in one pass, they must be the parts chunk by chunk.</summary>
public sealed class OperationChunksTests
{
    [Fact]
    public void Partition_GivesEveryChunkThePartSelectGives_OnTheSample()
    {
        var data = OperationFolder.Load(Path.Combine(RepositoryPaths.DataSamples, "nrpp-2026"));

        var parts = OperationChunks.Partition(data);

        Assert.Equal(OperationChunks.Keys(data).Order(StringComparer.Ordinal), parts.Keys.Order(StringComparer.Ordinal));
        foreach (var key in OperationChunks.Keys(data))
        {
            var expected = OperationChunks.Select(data, key);
            Assert.Equal(expected.Dossiers, parts[key].Dossiers);
            Assert.Equal(expected.Participants, parts[key].Participants);
            Assert.Equal(expected.Aids, parts[key].Aids);
            Assert.Equal(expected.CvRequests, parts[key].CvRequests);
            Assert.Equal(expected.EquipmentRequests, parts[key].EquipmentRequests);
        }
        Assert.Equal(data.Participants.Count, parts.Values.Sum(p => p.Participants.Count));
    }
}
