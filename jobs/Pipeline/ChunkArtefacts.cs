using System.Text;

namespace Vacances.Jobs.Pipeline;

/// <summary>
/// Where the chunks of a fanned-out step are stored (<c>.chunks/&lt;step&gt;/&lt;chunk&gt;.csv</c>, outside the
/// outputs) and how the fan-in joins them: the chunk files in ordinal order of their names, the header line
/// of the first kept once — the same bytes whatever order the chunks finished in.
/// </summary>
public static class ChunkArtefacts
{
    public static string PathOf(string step, string chunk) => $"{RunWorkspaces.ChunkPrefix}{step}/{SafeName(chunk)}.csv";

    /// <summary>Writes <c>&lt;step&gt;.csv</c> in <paramref name="runDirectory"/> from its stored chunks.</summary>
    public static void Merge(string runDirectory, string step)
    {
        var folder = Path.Combine(runDirectory, RunWorkspaces.ChunkPrefix.TrimEnd('/'), step);
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToList()
            : [];
        using var output = new FileStream(Path.Combine(runDirectory, step + ".csv"), FileMode.Create);
        var headerWritten = false;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var body = HeaderLength(bytes);
            if (!headerWritten) output.Write(bytes, 0, body);
            output.Write(bytes, body, bytes.Length - body);
            headerWritten = true;
        }
    }

    /// <summary>Bytes of the first line, its line feed included.</summary>
    private static int HeaderLength(byte[] bytes)
    {
        var end = Array.IndexOf(bytes, (byte)'\n');
        return end < 0 ? bytes.Length : end + 1;
    }

    /// <summary>A chunk key as a file name: letters, digits, <c>-</c>, <c>_</c> and <c>.</c> kept, anything else hex-escaped.</summary>
    private static string SafeName(string chunk)
    {
        var name = new StringBuilder(chunk.Length);
        foreach (var c in chunk)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') name.Append(c);
            else name.Append('%').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
        return name.ToString();
    }
}
