using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;
using Vacances.Ingest.Errors;

namespace Vacances.Analytics.Verbatims;

/// <summary>
/// The file contract of <c>vacances survey classify</c> (DESIGN §7). Input: a CSV with columns <c>id</c> and
/// <c>text</c> (case-insensitive, other columns ignored), UTF-8 with or without BOM or Windows-1252, separator
/// <c>;</c> or <c>,</c> detected on the header line (DESIGN §3 habits). Output: <c>id;register;confidence</c>,
/// UTF-8 without BOM, <c>\n</c> line ends, confidence with a decimal point and three decimals, fields quoted
/// when they hold a separator, a quote or a line break.
/// </summary>
public static class VerbatimCsv
{
    /// <summary>Reads the answers of <paramref name="content"/>; <paramref name="file"/> names it in error messages.</summary>
    /// <exception cref="InvalidInputException">Not text, no header, a missing column, an empty or repeated id.</exception>
    public static IReadOnlyList<VerbatimAnswer> Read(Stream content, string file)
    {
        var text = Decode(content, file);
        var firstLine = text.Split('\n', 2)[0];
        if (string.IsNullOrWhiteSpace(firstLine)) throw new InvalidInputException(file, 1, null, "fichier vide ou sans ligne d'en-tête.");
        var delimiter = firstLine.Count(c => c == ';') >= firstLine.Count(c => c == ',') ? ';' : ',';
        using var csv = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = true });
        var id = Ordinal(csv, "id", file);
        var answerText = Ordinal(csv, "text", file);
        var answers = new List<VerbatimAnswer>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var line = 1L;
        while (csv.Read())
        {
            line++;
            var rowId = csv.GetString(id).Trim();
            if (rowId.Length == 0) throw new InvalidInputException(file, line, "id", "identifiant vide.");
            if (!seen.Add(rowId)) throw new InvalidInputException(file, line, "id", $"identifiant « {rowId} » en double.");
            answers.Add(new VerbatimAnswer(rowId, answerText < csv.FieldCount ? csv.GetString(answerText) : ""));
        }
        return answers;
    }

    /// <summary>Writes <c>id;register;confidence</c> for each classified answer, in order, after the header.</summary>
    public static void Write(TextWriter output, IEnumerable<ClassifiedVerbatim> classified)
    {
        output.Write("id;register;confidence\n");
        foreach (var c in classified)
            output.Write($"{Quote(c.Id)};{c.Register};{c.Confidence.ToString("0.000", CultureInfo.InvariantCulture)}\n");
    }

    private static int Ordinal(CsvDataReader csv, string column, string file)
    {
        for (var i = 0; i < csv.FieldCount; i++)
            if (string.Equals(csv.GetName(i).Trim().TrimStart('\uFEFF'), column, StringComparison.OrdinalIgnoreCase)) return i;
        throw new InvalidInputException(file, 1, column, $"colonne obligatoire « {column} » absente de l'en-tête.");
    }

    private static string Decode(Stream content, string file)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (Array.IndexOf(bytes, (byte)0) >= 0) throw new InvalidInputException(file, null, null, "ce n'est pas un fichier texte (octet nul).");
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static string Quote(string field) =>
        field.IndexOfAny([';', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
