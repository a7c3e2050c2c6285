namespace Vacances.Ingest.Store;

/// <summary>Column types of the store's tables, mapped to each engine's SQL type by <see cref="StoreSchema"/>.</summary>
public enum StoreType
{
    Text,
    Numeric,
    Date,
    Int,
    Long,
    Bool,
}
