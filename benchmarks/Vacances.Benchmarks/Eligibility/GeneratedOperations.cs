using Vacances.Ingest.Loading;
using Vacances.Ingest.Model;
using Vacances.Ingest.Pseudonymisation;
using Vacances.Ingest.Sampling;

namespace Vacances.Benchmarks.Eligibility;

/// <summary>
/// The generated « Ne rêvez plus, partez ! » operations the eligibility benchmarks evaluate (sample generator, seed
/// 2026): written once under the temp folder, kept between runs, read back as the loaders read any operation.
/// </summary>
internal static class GeneratedOperations
{
    public static OperationData Load(int dossiers)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"vacances-bench-eligibility-{dossiers}");
        if (!File.Exists(Path.Combine(directory, "participants.csv")))
            SampleGenerator.Generate("nrpp-2026", dossiers, 2026, directory);
        return OperationFolder.Read(directory, new Pseudonymiser(new byte[32])).Data;
    }
}
