using Vacances.Ingest.Tabular;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Files;

/// <summary>
/// The loop every table reader shares: open the file, map each row, accept it when no reason was recorded,
/// otherwise quarantine it once with all its reasons.
/// </summary>
public static class TableReading
{
    /// <summary>
    /// Reads <paramref name="path"/> against <paramref name="schema"/>; <paramref name="map"/> reads one row
    /// (recording its errors in the <see cref="RowReader"/>); <paramref name="accepted"/> runs for each accepted row.
    /// </summary>
    public static FileReadResult<T> Read<T>(string path, string displayName, FileKind kind, FileSchema schema,
        IngestContext context, Func<RowReader, T> map, Action<T>? accepted = null)
    {
        using var table = TabularFile.Open(path, displayName);
        var rows = new RowReader(table, schema, displayName, context.Pseudonymiser, context.Communes);
        var kept = new List<T>();
        var quarantined = new List<QuarantinedRow>();
        while (rows.Next())
        {
            var value = map(rows);
            if (rows.HasErrors)
            {
                quarantined.Add(rows.Quarantine());
                continue;
            }
            kept.Add(value);
            accepted?.Invoke(value);
        }
        return new FileReadResult<T>(displayName, kind, kept, quarantined);
    }
}
