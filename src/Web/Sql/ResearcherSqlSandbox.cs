using DuckDB.NET.Data;

namespace Vacances.Web.Sql;

/// <summary>
/// Runs one researcher query on a throwaway in-memory DuckDB that holds only the researcher views (DESIGN §9
/// <c>POST /api/sql</c>): the query is checked by <see cref="SqlQueryGuard"/>, external access (files, network,
/// extensions) is disabled and the configuration locked before it runs, it is cancelled after the statement
/// timeout, and at most <c>rowCap</c> rows are returned. Nothing else of the store is reachable from there.
/// </summary>
public sealed class ResearcherSqlSandbox(IReadOnlyList<ResearcherView> views, TimeSpan timeout, int rowCap)
{
    public async Task<SqlQueryResult> RunAsync(string sql, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(sql)) throw new SqlRefusedException("Requête vide.");
        if (sql.Length > 20_000) throw new SqlRefusedException("Requête trop longue (20 000 caractères au plus).");
        await using var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync(ct);
        LoadViews(connection);
        SqlQueryGuard.Check(Serialize(connection, sql), views.Select(v => v.Name).ToHashSet(StringComparer.OrdinalIgnoreCase));
        Execute(connection, "SET enable_external_access = false; SET lock_configuration = true;");
        return await Task.Run(() => Query(connection, sql, ct), ct);
    }

    private SqlQueryResult Query(DuckDBConnection connection, string sql, CancellationToken ct)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var timer = new Timer(_ => command.Cancel(), null, timeout, Timeout.InfiniteTimeSpan);
        using var registration = ct.Register(command.Cancel);
        try
        {
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            var rows = new List<object?[]>();
            var truncated = false;
            while (reader.Read())
            {
                if (rows.Count == rowCap) { truncated = true; break; }
                var row = new object?[columns.Length];
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : JsonSafe(reader.GetValue(i));
                rows.Add(row);
            }
            return new SqlQueryResult(columns, rows, truncated);
        }
        catch (OperationCanceledException)
        {
            throw new SqlRefusedException($"Requête interrompue : délai de {timeout.TotalSeconds:0} s dépassé.");
        }
        catch (DuckDBException e)
        {
            // The engine's own message is about the query the researcher wrote (syntax, unknown column), not the server.
            throw new SqlRefusedException("Requête invalide : " + FirstLine(e.Message));
        }
    }

    private static object JsonSafe(object value) => value switch
    {
        decimal or double or float or int or long or short or byte or bool or string => value,
        System.Numerics.BigInteger big => (decimal)big,
        ulong u => (decimal)u,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    private void LoadViews(DuckDBConnection connection)
    {
        foreach (var view in views) DuckDbViewLoader.Load(connection, view);
    }

    private static string Serialize(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT json_serialize_sql(CAST($1 AS VARCHAR))";
        command.Parameters.Add(new DuckDBParameter(sql));
        return (string)command.ExecuteScalar()!;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
