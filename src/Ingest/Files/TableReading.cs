using Vacances.Ingest.Tabular;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Files;

/// <summary>
/// The loop every table reader shares: open the file, map each row, accept it when no reason was recorded,
/// otherwise quarantine it once with all its reasons. <see cref="Stream{T}"/> hands each accepted row to a sink
/// as it is read (bounded memory: the ingest path); <see cref="Read{T}"/> collects them in a list.
/// </summary>
public static class TableReading
{
    /// <summary>
    /// Reads <paramref name="path"/> against <paramref name="schema"/>; <paramref name="map"/> reads one row
    /// (recording its errors in the <see cref="RowReader"/>); <paramref name="accepted"/> runs for each accepted row.
    /// </summary>
    public static FileReadResult<T> Read<T>(string path, string displayName, FileKind kind, FileSchema schema,
        IngestContext context, Func<RowReader, T> map, Action<T>? accepted = null, Action<T>? quarantined = null)
    {
        var kept = new List<T>();
        var summary = Stream(path, displayName, kind, schema, context, map, row =>
        {
            kept.Add(row);
            accepted?.Invoke(row);
        }, quarantined);
        return new FileReadResult<T>(displayName, kind, kept, summary.Quarantined);
    }

    /// <summary>
    /// Reads <paramref name="path"/> against <paramref name="schema"/>, handing each accepted row to
    /// <paramref name="accepted"/> in file order (and each quarantined row's mapped value to <paramref name="quarantined"/>);
    /// nothing but the quarantine is kept.
    /// </summary>
    public static FileReadSummary Stream<T>(string path, string displayName, FileKind kind, FileSchema schema,
        IngestContext context, Func<RowReader, T> map, Action<T> accepted, Action<T>? quarantined = null)
    {
        using var table = TabularFile.Open(path, displayName);
        var rows = new RowReader(table, schema, displayName, context.Pseudonymiser, context.Communes);
        var rejected = new List<QuarantinedRow>();
        long kept = 0;
        while (rows.Next())
        {
            var value = map(rows);
            if (rows.HasErrors)
            {
                rejected.Add(rows.Quarantine());
                quarantined?.Invoke(value);
                continue;
            }
            kept++;
            accepted(value);
        }
        return new FileReadSummary(displayName, kind, kept, rejected);
    }

    /// <summary>
    /// Opens <paramref name="path"/> and checks its header against <paramref name="schema"/> only: refuses
    /// (<see cref="Errors.InvalidInputException"/>) a file that is not text, has no header or lacks a required
    /// column, before anything of the operation is stored.
    /// </summary>
    public static void CheckHeader(string path, string displayName, FileSchema schema)
    {
        using var table = TabularFile.Open(path, displayName);
        ColumnMap.Build(schema, table.Headers, displayName);
    }
}
