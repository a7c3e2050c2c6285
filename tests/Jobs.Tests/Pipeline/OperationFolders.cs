using System.Globalization;
using System.Text;

namespace Vacances.Jobs.Tests.Pipeline;

/// <summary>Small operation folders for the <see cref="DigestSteps"/>: <c>dossiers.csv</c> over some communes, and a second file.</summary>
internal static class OperationFolders
{
    public static string Create(int dossiers, int communes)
    {
        var directory = Path.Combine(Path.GetTempPath(), "vacances-op-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(directory, "survey"));
        var text = new StringBuilder("dossier_id;commune_insee\n");
        for (var i = 0; i < dossiers; i++)
            text.Append(CultureInfo.InvariantCulture, $"D{i:D5};62{i % communes:D3}\n");
        File.WriteAllText(Path.Combine(directory, "dossiers.csv"), text.ToString());
        File.WriteAllText(Path.Combine(directory, "survey", "partants.csv"), "response_id;verbatim\nR1;bien\n");
        return directory;
    }

    /// <summary>Every file under <paramref name="directory"/>: relative path → bytes.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string directory) =>
        new(Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), File.ReadAllBytes), StringComparer.Ordinal);
}
