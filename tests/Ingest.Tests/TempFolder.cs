using System.Text;

namespace Vacances.Ingest.Tests;

/// <summary>A temporary folder for one test, deleted on dispose; files written in UTF-8 unless told otherwise.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "vacances-test-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Writes <paramref name="content"/> to <paramref name="name"/> (sub-folders created) and returns the full path.</summary>
    public string Write(string name, string content, Encoding? encoding = null)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public string Write(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
