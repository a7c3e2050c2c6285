namespace Vacances.Jobs.Pipeline;

/// <summary>
/// The data store the steps ingest into and read from (DESIGN §2): the embedded DuckDB folder
/// (<c>.vacances/</c> by default) or a PostgreSQL connection string; exactly one is set.
/// </summary>
public sealed record StoreTarget(string? StoreDirectory, string? PostgresConnection)
{
    public static StoreTarget Embedded(string directory) => new(directory, null);

    public static StoreTarget Postgres(string connectionString) => new(null, connectionString);

    /// <summary>Names the target without the connection string's secrets.</summary>
    public override string ToString() => StoreDirectory is not null
        ? $"DuckDB {StoreDirectory}"
        : "PostgreSQL " + new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnection) { Password = null }.Host;
}
