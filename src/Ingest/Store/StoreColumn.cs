namespace Vacances.Ingest.Store;

/// <summary>A column of a store table: its name (the canonical column name of DESIGN §3) and type; all nullable.</summary>
public sealed record StoreColumn(string Name, StoreType Type);
