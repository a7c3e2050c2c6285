using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;
using Vacances.Analytics.Survey;
using Vacances.Ingest.Errors;
using Vacances.Ingest.Model;

namespace Vacances.Jobs.Cli;

/// <summary>
/// Reads the two files of <c>vacances survey estimate</c> (DESIGN §3 habits): UTF-8 with or without BOM, else
/// Windows-1252; separator <c>;</c> or <c>,</c> detected on the header; case-insensitive column names.
/// </summary>
internal static class SurveyCsvReader
{
    /// <summary>The responses as a <see cref="SurveyTable"/> (empty cell → null; blank lines are not respondents).</summary>
    public static SurveyTable ReadResponses(string path)
    {
        var (columns, rows) = Read(path);
        return new SurveyTable(columns, rows
            .Where(r => !r.All(string.IsNullOrWhiteSpace))
            .Select(r => r.Select(c => string.IsNullOrWhiteSpace(c) ? null : c).ToArray())
            .ToList());
    }

    /// <summary><c>margins.csv</c>: <c>variable;category;count</c>.</summary>
    public static PopulationMargins ReadMargins(string path)
    {
        var (columns, rows) = Read(path);
        var variable = Require(columns, "variable", path);
        var category = Require(columns, "category", path);
        var count = Require(columns, "count", path);
        var counts = new List<MarginCount>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.All(string.IsNullOrWhiteSpace)) continue;
            var text = row[count].Trim().Replace(" ", "").Replace("\u00a0", "").Replace("\u202f", "").Replace(',', '.');
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !(number >= 0) || double.IsInfinity(number))
                throw new InvalidInputException(path, i + 2, "count", $"effectif illisible « {row[count]} » (un nombre positif est attendu).");
            if (string.IsNullOrWhiteSpace(row[variable]) || string.IsNullOrWhiteSpace(row[category]))
                throw new InvalidInputException(path, i + 2, string.IsNullOrWhiteSpace(row[variable]) ? "variable" : "category", "valeur manquante.");
            counts.Add(new MarginCount(row[variable].Trim(), row[category].Trim(), number));
        }
        try
        {
            return new PopulationMargins(counts);
        }
        catch (SurveyEstimationException e)
        {
            throw new InvalidInputException(path, null, null, e.Message);
        }
    }

    private static int Require(IReadOnlyList<string> columns, string name, string path)
    {
        for (var i = 0; i < columns.Count; i++)
            if (string.Equals(columns[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        throw new InvalidInputException(path, 1, name, "colonne obligatoire absente.");
    }

    private static (List<string> Columns, List<string[]> Rows) Read(string path)
    {
        string text;
        try
        {
            text = Decode(File.ReadAllBytes(path));
        }
        catch (IOException e)
        {
            throw new InvalidInputException(path, null, null, $"fichier illisible ({e.Message}).");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InvalidInputException(path, null, null, "fichier illisible (accès refusé).");
        }
        var header = text.AsSpan(0, Math.Max(0, text.IndexOfAny(['\r', '\n']) is var end and >= 0 ? end : text.Length));
        if (header.Trim().IsEmpty) throw new InvalidInputException(path, 1, null, "le fichier n'a pas de ligne d'en-tête.");
        var delimiter = header.Count(';') >= header.Count(',') ? ';' : ',';
        using var csv = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = true });
        var columns = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToList();
        var rows = new List<string[]>();
        while (csv.Read())
        {
            var row = new string[columns.Count];
            for (var i = 0; i < columns.Count; i++) row[i] = i < csv.RowFieldCount ? csv.GetString(i) : "";
            rows.Add(row);
        }
        return (columns, rows);
    }

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
