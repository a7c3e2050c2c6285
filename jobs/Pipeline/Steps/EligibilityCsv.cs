using System.Globalization;
using Sylvan.Data.Csv;
using Vacances.Analytics.Eligibility;

namespace Vacances.Jobs.Pipeline.Steps;

/// <summary>
/// Reads back the results contract (DESIGN §4.3) that the eligibility fan-in merged, for the steps after it.
/// The explanation is not in the contract: it is empty here.
/// </summary>
public static class EligibilityCsv
{
    /// <summary>
    /// The rows one at a time, in file order: the merged file of a national operation (≈ 16 rows per dossier, 1 GB
    /// at a million dossiers) is never held whole. The programme ids and reason lists, a few dozen values repeated on
    /// every row, are shared rather than allocated per row.
    /// </summary>
    public static IEnumerable<EligibilityResult> Stream(string path)
    {
        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { Delimiter = ';', HasHeaders = true });
        var programmes = new Dictionary<string, string>(StringComparer.Ordinal);
        var reasonLists = new Dictionary<string, string[]>(StringComparer.Ordinal) { [""] = [] };
        while (reader.Read())
        {
            yield return new EligibilityResult(
                reader.GetString(0),
                reader.GetString(1),
                Shared(programmes, reader.GetFieldSpan(2), static p => p),
                reader.GetFieldSpan(3) is "true",
                decimal.Parse(reader.GetFieldSpan(4), NumberStyles.Number, CultureInfo.InvariantCulture),
                Shared(reasonLists, reader.GetFieldSpan(5), static r => r.Split('|')),
                "");
        }
    }

    private static T Shared<T>(Dictionary<string, T> known, ReadOnlySpan<char> cell, Func<string, T> make)
    {
        var lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(cell, out var value)) return value;
        var text = cell.ToString();
        return known[text] = make(text);
    }
}
