namespace Vacances.Ingest.Store;

/// <summary>A table of the store: name and data columns (<c>file_hash</c> comes first, added by the schema).</summary>
public sealed record StoreTable(string Name, IReadOnlyList<StoreColumn> Columns);
