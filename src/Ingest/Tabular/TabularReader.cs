namespace Vacances.Ingest.Tabular;

/// <summary>
/// Rows of a tabular file (CSV or spreadsheet) read one at a time: the header, then each data row's fields as
/// spans, with the line it starts on (the header is line 1). Subclasses stream; nothing is buffered per row.
/// </summary>
public abstract class TabularReader : IDisposable
{
    /// <summary>The header cells, trimmed, in file order (an unnamed column is an empty string).</summary>
    public abstract IReadOnlyList<string> Headers { get; }

    /// <summary>Moves to the next data row; false at the end of the file.</summary>
    public abstract bool Read();

    /// <summary>The 1-based line of the file where the current row starts.</summary>
    public abstract long Line { get; }

    /// <summary>Number of fields of the current row (may exceed <see cref="Headers"/>' count on a malformed row).</summary>
    public abstract int RowFieldCount { get; }

    /// <summary>
    /// When the current row could not be parsed at all (a quote never closed swallows the end of the file), why;
    /// the row then has no field and is the last one.
    /// </summary>
    public virtual string? RowProblem => null;

    /// <summary>
    /// The current row's whole raw text when the format has one (a CSV record), empty otherwise: lets the structural
    /// checks clear a whole row at once (no NUL byte anywhere, too short for any field to exceed the limit).
    /// </summary>
    public virtual ReadOnlySpan<char> RawRow => [];

    /// <summary>The raw text of field <paramref name="index"/> of the current row; empty beyond the row's last field.</summary>
    public abstract ReadOnlySpan<char> Field(int index);

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the underlying file.</summary>
    protected abstract void Dispose(bool disposing);
}
