using Vacances.Ingest.Ingestion;
using Vacances.Ingest.Loading;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Store;
using Vacances.Ingest.Validation;
using Vacances.TestSupport;

namespace Vacances.Ingest.Tests.Loading;

/// <summary>The committed samples (issue 2, « Done when »): nothing quarantined, counts reconcile, a second ingest is a no-op.</summary>
public sealed class DataSamplesTests
{
    [Theory]
    [InlineData("nrpp-2026")]
    [InlineData("caf35-2023")]
    public void Read_QuarantinesNothing_WhenReadingACommittedSample(string sample)
    {
        var reading = OperationFolder.Read(Path.Combine(RepositoryPaths.DataSamples, sample), OperationFolderTests.TestKey);

        Assert.All(reading.Files, f => Assert.Empty(f.Quarantined));
        Assert.All(reading.Files, f => Assert.Equal(f.RowsRead, f.AcceptedCount));
        Assert.Equal(sample, reading.Data.Config.Id);
        Assert.NotEmpty(reading.Data.Dossiers);
        Assert.NotEmpty(reading.Data.Participants);
        Assert.NotNull(reading.Data.Survey);
    }

    [Fact]
    public async Task IngestAsync_StoresTheWholeSampleOnce_WhenIngestedTwice()
    {
        using var folder = new TempFolder();
        var sample = Path.Combine(RepositoryPaths.DataSamples, "nrpp-2026");
        await using var store = await DuckDbOperationStore.OpenAsync(folder.Path);
        var ingestor = new Ingestor(store, OperationFolderTests.TestKey, CommuneReferential.Default);

        var first = await ingestor.IngestAsync([sample]);
        var second = await ingestor.IngestAsync([sample]);

        Assert.All(first, r => Assert.Equal(0, r.Quarantined));
        Assert.All(second, r => Assert.True(r.AlreadyIngested));
        Assert.Equal(first.Single(r => r.Kind == FileKind.Dossiers).Accepted, await store.CountAsync(StoreTables.Dossiers));
        Assert.Equal(first.Single(r => r.Kind == FileKind.Participants).Accepted, await store.CountAsync(StoreTables.Participants));
        Assert.Equal(0, await store.CountAsync(StoreTables.Quarantine));
    }
}
