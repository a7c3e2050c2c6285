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

    /// <summary>
    /// Writes <c>&lt;step&gt;.csv</c> in <paramref name="runDirectory"/> from its stored chunks, streamed (a chunk of a
    /// national operation is hundreds of megabytes). Written aside then renamed: a retried merge never rewrites in
    /// place a file the ledger may share (<see cref="Ledger.IRunLedger.CopyArtefact"/>).
    /// </summary>
    public static void Merge(string runDirectory, string step)
    {
        var folder = Path.Combine(runDirectory, RunWorkspaces.ChunkPrefix.TrimEnd('/'), step);
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToList()
            : [];
        var merged = Path.Combine(runDirectory, step + ".csv");
        var partial = merged + ".partiel";
        using (var output = new FileStream(partial, FileMode.Create))
        {
            var headerWritten = false;
            foreach (var file in files)
            {
                using var chunk = File.OpenRead(file);
                if (headerWritten) SkipLine(chunk);
                chunk.CopyTo(output);
                headerWritten = true;
            }
        }
        File.Move(partial, merged, overwrite: true);
    }

    /// <summary>Advances past the first line, its line feed included (or to the end).</summary>
    private static void SkipLine(Stream stream)
    {
        int b;
        do b = stream.ReadByte();
        while (b is not '\n' and not -1);
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
