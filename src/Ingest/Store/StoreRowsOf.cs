namespace Vacances.Ingest.Store;

/// <summary>Store rows backed by a list of records and a writer for one record.</summary>
public sealed class StoreRowsOf<T>(StoreTable table, IReadOnlyList<T> rows, Action<T, IStoreRowWriter> write) : StoreRows
{
    /// <inheritdoc />
    public override string Table => table.Name;

    /// <inheritdoc />
    public override IReadOnlyList<StoreColumn> Columns => table.Columns;

    /// <inheritdoc />
    public override int Count => rows.Count;

    /// <inheritdoc />
    public override void Write(int index, IStoreRowWriter writer) => write(rows[index], writer);
}
