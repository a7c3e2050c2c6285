using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Vacances.Web.Data;

/// <summary>
/// The published results of each operation in PostgreSQL (schema <c>results</c>), one JSON document per operation,
/// replaced whole by each run (idempotent). The web only reads them.
/// </summary>
public sealed class ResultsStore(NpgsqlDataSource dataSource)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task EnsureSchemaAsync(CancellationToken ct = default)
    {
        await using var cmd = dataSource.CreateCommand("""
            CREATE SCHEMA IF NOT EXISTS results;
            CREATE TABLE IF NOT EXISTS results.operation_results (operation text PRIMARY KEY, body jsonb NOT NULL);
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task SaveAsync(OperationResults results, CancellationToken ct = default)
    {
        await using var cmd = dataSource.CreateCommand("""
            INSERT INTO results.operation_results (operation, body) VALUES ($1, $2)
            ON CONFLICT (operation) DO UPDATE SET body = EXCLUDED.body
            """);
        cmd.Parameters.AddWithValue(results.OperationId);
        cmd.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(results, Json), NpgsqlDbType = NpgsqlDbType.Jsonb });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The results of <paramref name="operation"/>, or of the only published operation when it is null.</summary>
    public async Task<OperationResults?> LoadAsync(string? operation, CancellationToken ct = default)
    {
        await using var cmd = operation is null
            ? dataSource.CreateCommand("SELECT body::text FROM results.operation_results ORDER BY operation LIMIT 1")
            : dataSource.CreateCommand("SELECT body::text FROM results.operation_results WHERE operation = $1");
        if (operation is not null) cmd.Parameters.AddWithValue(operation);
        var body = await cmd.ExecuteScalarAsync(ct) as string;
        return body is null ? null : JsonSerializer.Deserialize<OperationResults>(body, Json);
    }
}
