namespace Vacances.Ingest.Store;

/// <summary>A table of the store: name and data columns (the <c>file_id</c> of data tables is added by the schema).</summary>
public sealed record StoreTable(string Name, IReadOnlyList<StoreColumn> Columns);
