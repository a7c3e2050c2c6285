using Vacances.Ingest.Sampling;

namespace Vacances.Jobs.Tests.Cli;

/// <summary>A small nrpp-shaped operation generated once into a temporary folder for the verb tests.</summary>
public sealed class GeneratedOperation : IDisposable
{
    public GeneratedOperation()
    {
        Environment.SetEnvironmentVariable("VACANCES_PSEUDO_KEY", "cle-de-test-des-verbes-flows-indicators");
        Directory = Path.Combine(Path.GetTempPath(), "vacances-flows-" + Guid.NewGuid().ToString("N"));
        SampleGenerator.Generate("nrpp-2026", 120, 11, Directory);
    }

    public string Directory { get; }

    public string Output(string name) => Path.Combine(Directory, "out", name);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
