using System.Text;
using System.Text.Unicode;
using Vacances.Ingest.Errors;

namespace Vacances.Ingest.Tabular;

/// <summary>
/// Decides whether a file is text and how to decode it (DESIGN §3: UTF-8 with or without BOM, or Windows-1252;
/// separator <c>;</c> or <c>,</c>). A file that is not text is refused whole (DESIGN §10).
/// </summary>
public static class TextSniffer
{
    private const int SampleSize = 64 * 1024;

    /// <summary>Windows-1252, the legacy encoding of French spreadsheets' CSV exports.</summary>
    public static Encoding Windows1252 { get; } = LoadWindows1252();

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    /// <summary>Sniffs <paramref name="path"/>; throws <see cref="InvalidInputException"/> when it is not usable text.</summary>
    public static TextFormat Sniff(string path, string displayName)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var sample = new byte[SampleSize];
        var length = stream.ReadAtLeast(sample, SampleSize, throwOnEndOfStream: false);
        var head = sample.AsSpan(0, length);
        if (LooksBinary(head, out var what))
            throw new InvalidInputException(displayName, null, null, $"ce n'est pas un fichier texte ({what}) : fichier refusé");
        var encoding = DetectEncoding(head, stream);
        var firstLine = FirstLine(head, encoding);
        if (firstLine.Trim().Length == 0)
            throw new InvalidInputException(displayName, 1, null, "pas de ligne d'en-tête : fichier refusé");
        return new TextFormat(encoding, DetectSeparator(firstLine));
    }

    private static bool LooksBinary(ReadOnlySpan<byte> head, out string what)
    {
        what = "";
        if (head.StartsWith("PK\u0003\u0004"u8)) what = "archive ZIP";
        else if (head.StartsWith("%PDF"u8)) what = "document PDF";
        else if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])) what = "image PNG";
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) what = "image JPEG";
        else if (head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])) what = "archive gzip";
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) what = "document Office binaire";
        else if (head.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46])) what = "exécutable";
        if (what.Length > 0) return true;
        if (IsUtf16Bom(head)) return false;
        var control = 0;
        foreach (var b in head)
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C) control++;
        // A stray NUL or control character in one row is that row's problem (quarantine); a file made of them is not text.
        if (head.Length > 0 && control * 20 > head.Length) what = "octets de contrôle ou NUL en nombre";
        return what.Length > 0;
    }

    private static bool IsUtf16Bom(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static Encoding DetectEncoding(ReadOnlySpan<byte> head, FileStream stream)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode;
        return IsValidUtf8(stream) ? new UTF8Encoding(false) : Windows1252;
    }

    /// <summary>
    /// Checks the whole file as strict UTF-8: any invalid sequence means Windows-1252. The bytes are validated where
    /// they lie (<see cref="Utf8.IsValid(ReadOnlySpan{byte})"/>, vectorised) rather than decoded: the check reads every
    /// file once more before it is parsed, and decoding it cost ≈ 0,25 s per 200 MB file (benchmarks/RESULTS.md, issue 2).
    /// </summary>
    private static bool IsValidUtf8(FileStream stream)
    {
        stream.Position = 0;
        var buffer = new byte[1 << 16];
        var carried = 0; // bytes of a sequence cut by the end of the previous read, moved to the buffer's start
        int read;
        while ((read = stream.Read(buffer, carried, buffer.Length - carried)) > 0)
        {
            var filled = carried + read;
            var complete = filled - IncompleteTail(buffer.AsSpan(0, filled));
            if (!Utf8.IsValid(buffer.AsSpan(0, complete))) return false;
            carried = filled - complete;
            buffer.AsSpan(complete, carried).CopyTo(buffer);
        }
        return carried == 0;
    }

    /// <summary>
    /// Length of the multi-byte sequence that <paramref name="bytes"/> ends in the middle of (0 when it ends on a
    /// sequence boundary): at most three bytes, a lead byte followed by fewer continuation bytes than it announces.
    /// </summary>
    private static int IncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80) continue; // a continuation byte: look further back for its lead byte
            var length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return length > back ? back : 0;
        }
        return 0; // three continuation bytes at the end: complete or invalid, the validation decides
    }

    private static string FirstLine(ReadOnlySpan<byte> head, Encoding encoding)
    {
        var text = encoding.GetString(head).TrimStart('\uFEFF');
        var end = text.IndexOfAny('\r', '\n');
        return end < 0 ? text : text[..end];
    }

    private static char DetectSeparator(string headerLine)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in headerLine)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == ',') commas++;
        }
        return commas > semicolons ? ',' : ';';
    }
}
