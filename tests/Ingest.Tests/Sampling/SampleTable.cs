using Sylvan.Data.Csv;

namespace Vacances.Ingest.Tests.Sampling;

/// <summary>A generated CSV file read back whole (tests only): header and rows as column → text.</summary>
internal sealed class SampleTable
{
    private SampleTable(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<IReadOnlyDictionary<string, string>> Rows { get; }

    public static SampleTable Read(string path)
    {
        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { Delimiter = ';', HasHeaders = true });
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.Read())
            rows.Add(columns.Select((c, i) => (c, v: reader.GetString(i))).ToDictionary(x => x.c, x => x.v));
        return new SampleTable(columns, rows);
    }

    public IEnumerable<string> Values(string column) => Rows.Select(r => r[column]);
}
