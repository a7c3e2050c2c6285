using Npgsql;
using NpgsqlTypes;

namespace Vacances.Ingest.Store;

/// <summary>Writes a row's cells to a PostgreSQL binary COPY.</summary>
internal sealed class PostgresRowWriter(NpgsqlBinaryImporter importer) : IStoreRowWriter
{
    public void Text(string? value) => Write(value, NpgsqlDbType.Text);
    public void Decimal(decimal? value) => Write(value, NpgsqlDbType.Numeric);
    public void Date(DateOnly? value) => Write(value, NpgsqlDbType.Date);
    public void Int(int? value) => Write(value, NpgsqlDbType.Integer);
    public void Long(long? value) => Write(value, NpgsqlDbType.Bigint);
    public void Bool(bool? value) => Write(value, NpgsqlDbType.Boolean);

    private void Write<T>(T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v) importer.Write(v, type);
        else importer.WriteNull();
    }

    private void Write(string? value, NpgsqlDbType type)
    {
        if (value is null) importer.WriteNull();
        else importer.Write(value, type);
    }
}
