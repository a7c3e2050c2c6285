using System.Text;
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

    /// <summary>Decodes the whole file as strict UTF-8: any invalid sequence means Windows-1252.</summary>
    private static bool IsValidUtf8(FileStream stream)
    {
        stream.Position = 0;
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[(1 << 16) + 4];
        try
        {
            int read;
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
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
