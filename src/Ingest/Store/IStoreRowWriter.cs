namespace Vacances.Ingest.Store;

/// <summary>
/// Writes the cells of one row, in column order, to whatever bulk path the engine offers (DuckDB appender,
/// PostgreSQL binary COPY): typed calls, no boxing.
/// </summary>
public interface IStoreRowWriter
{
    void Text(string? value);
    void Decimal(decimal? value);
    void Date(DateOnly? value);
    void Int(int? value);
    void Long(long? value);
    void Bool(bool? value);
}
