using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Vacances.Jobs.Pipeline;

namespace Vacances.Jobs.Tests.Pipeline;

/// <summary>
/// Test steps for the job layer: deterministic digests of the inputs, so that the tests can check what the
/// jobs chained, fanned out and stored without depending on the analysis components. Eligibility is
/// fanned out per commune of <c>dossiers.csv</c> (<c>dossier_id;commune</c>) and can be slowed down by
/// <see cref="DelayVariable"/> (milliseconds per chunk) so that a fault can strike mid-run.
/// Worker processes load it through <c>VACANCES_PIPELINE_STEPS</c>.
/// </summary>
public sealed class DigestSteps : IPipelineSteps
{
    public const string DelayVariable = "DIGEST_STEPS_DELAY_MS";

    public void Ingest(StepWorkspace workspace, string file) =>
        Write(workspace, $"ingest/{file}.sha256", Hash(File.ReadAllBytes(Path.Combine(workspace.DataDirectory, file))) + "\n");

    public IReadOnlyList<string> EligibilityChunks(StepWorkspace workspace) =>
        [.. Dossiers(workspace).Select(d => d.Commune).Distinct().Order(StringComparer.Ordinal)];

    public void Eligibility(StepWorkspace workspace, string chunk)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable(DelayVariable), CultureInfo.InvariantCulture, out var delay)) Thread.Sleep(delay);
        var text = new StringBuilder("dossier_id;commune;digest\n");
        foreach (var (id, commune) in Dossiers(workspace).Where(d => d.Commune == chunk))
            text.Append(CultureInfo.InvariantCulture, $"{id};{commune};{Hash(Encoding.UTF8.GetBytes(id))[..16]}\n");
        Write(workspace, "eligibility.csv", text.ToString());
    }

    public void Flows(StepWorkspace workspace)
    {
        var rows = File.ReadAllLines(Path.Combine(workspace.RunDirectory, "eligibility.csv")).Skip(1).Select(l => l.Split(';')[1]);
        var text = new StringBuilder("commune;dossiers\n");
        foreach (var group in rows.GroupBy(c => c).OrderBy(g => g.Key, StringComparer.Ordinal))
            text.Append(CultureInfo.InvariantCulture, $"{group.Key};{group.Count()}\n");
        Write(workspace, "flows.csv", text.ToString());
    }

    public void Survey(StepWorkspace workspace) =>
        Write(workspace, "survey/inputs.txt", string.Join('\n', Directory.GetFiles(workspace.DataDirectory, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(workspace.DataDirectory, f)).Order(StringComparer.Ordinal)) + "\n");

    public void Indicators(StepWorkspace workspace) =>
        Write(workspace, "indicators.csv", "indicator_id;value\nflows.sha256;" + Hash(File.ReadAllBytes(Path.Combine(workspace.RunDirectory, "flows.csv"))) + "\n");

    public void Reports(StepWorkspace workspace)
    {
        var parts = new[] { "eligibility.csv", "flows.csv", "indicators.csv", "survey/inputs.txt" }
            .Select(p => $"<p>{p} {Hash(File.ReadAllBytes(Path.Combine(workspace.RunDirectory, p)))}</p>");
        Write(workspace, "bilan.html", "<html>" + string.Concat(parts) + "</html>\n");
    }

    private static IEnumerable<(string Id, string Commune)> Dossiers(StepWorkspace workspace) =>
        File.ReadAllLines(Path.Combine(workspace.DataDirectory, "dossiers.csv")).Skip(1)
            .Select(l => l.Split(';')).Select(f => (f[0], f[1]));

    private static void Write(StepWorkspace workspace, string path, string content)
    {
        var full = Path.Combine(workspace.RunDirectory, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
