using Vacances.Ingest.Loading;
using Vacances.Ingest.Pseudonymisation;
using Vacances.Ingest.Sampling;
using Vacances.Ingest.Validation;
using Vacances.TestSupport;

namespace Vacances.Ingest.Tests.Sampling;

/// <summary>The committed samples pass the ingest's validation whole: every row read is accepted (issue 2, « Done when »).</summary>
public sealed class SampleLoadingTests
{
    private static readonly Pseudonymiser Key = new("clé de test des échantillons"u8.ToArray());

    public static TheoryData<string> Samples => new(SampleProfiles.Names);

    public static TheoryData<string, int> OtherSeeds => new() { { "nrpp-2026", 1 }, { "nrpp-2026", 2 }, { "caf35-2023", 1 }, { "caf35-2023", 2 } };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Read_QuarantinesNothing_InACommittedSample(string sample)
    {
        var reading = OperationFolder.Read(Path.Combine(RepositoryPaths.DataSamples, sample), Key);
        Assert.Equal(
            [FileKind.Dossiers, FileKind.Participants, FileKind.Aids, FileKind.CvRequests, FileKind.EquipmentRequests, FileKind.Professionals,
             FileKind.SurveyPartants, FileKind.SurveyProfessionnels],
            reading.Files.Select(f => f.Kind).Order());
        foreach (var file in reading.Files)
        {
            Assert.True(file.Quarantined.Count == 0,
                $"{file.File} : {file.Quarantined.Count} ligne(s) en quarantaine, par exemple {string.Join(" ; ", file.Quarantined.Take(3).Select(q => q.ToString()))}");
            Assert.Equal(file.RowsRead, file.AcceptedCount);
        }
        var op = GeneratedOperation.Committed(sample);
        Assert.Equal(op.Dossiers.Rows.Count, reading.Data.Dossiers.Count);
        Assert.Equal(op.Participants.Rows.Count, reading.Data.Participants.Count);
        Assert.Equal(op.Aids.Rows.Count, reading.Data.Aids.Count);
        Assert.Equal(sample, reading.Data.Config.Id);
        Assert.NotNull(reading.Data.Survey);
        Assert.Equal(11, reading.Data.Survey.Codebook.Count);
    }

    /// <summary>Any seed gives valid data, not only the committed ones.</summary>
    [Theory]
    [MemberData(nameof(OtherSeeds))]
    public void Read_QuarantinesNothing_InAnOperationGeneratedWithAnotherSeed(string profile, int seed)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"vacances-sample-load-{profile}-{seed}-{Guid.NewGuid():N}");
        try
        {
            SampleGenerator.Generate(profile, 1500, seed, directory);
            var reading = OperationFolder.Read(directory, Key);
            Assert.All(reading.Files, f => Assert.True(f.Quarantined.Count == 0,
                $"{f.File} : {string.Join(" ; ", f.Quarantined.Take(3).Select(q => q.ToString()))}"));
        }
        finally
        {
            Directory.Delete(directory, true);
        }
    }
}
