using DuckDB.NET.Data;

namespace Vacances.Ingest.Store;

/// <summary>Writes a row's cells to a DuckDB appender row.</summary>
internal sealed class DuckDbRowWriter : IStoreRowWriter
{
    /// <summary>The appender row being filled.</summary>
    public IDuckDBAppenderRow Row { get; set; } = null!;

    public void Text(string? value) => Row.AppendValue(value);
    public void Decimal(decimal? value) => Row.AppendValue(value);
    public void Date(DateOnly? value) => Row.AppendValue(value);
    public void Int(int? value) => Row.AppendValue(value);
    public void Long(long? value) => Row.AppendValue(value);
    public void Bool(bool? value) => Row.AppendValue(value);
}
