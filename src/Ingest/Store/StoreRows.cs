namespace Vacances.Ingest.Store;

/// <summary>
/// The accepted rows of one file as a store table receives them: the table, its data columns (the store adds
/// the <c>file_id</c> of every row) and a way to write each row.
/// </summary>
public abstract class StoreRows
{
    /// <summary>Table name, in the store's own schema.</summary>
    public abstract string Table { get; }

    /// <summary>The data columns, in write order.</summary>
    public abstract IReadOnlyList<StoreColumn> Columns { get; }

    /// <summary>Number of rows.</summary>
    public abstract int Count { get; }

    /// <summary>Writes row <paramref name="index"/>'s cells in column order.</summary>
    public abstract void Write(int index, IStoreRowWriter writer);
}
