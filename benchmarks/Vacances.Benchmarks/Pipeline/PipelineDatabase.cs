using System.Globalization;
using Npgsql;

namespace Vacances.Benchmarks.Pipeline;

/// <summary>Queries the pipeline benchmarks make on a server-mode database (Hangfire schema <c>hangfire</c>).</summary>
internal static class PipelineDatabase
{
    /// <summary>Polls until <paramref name="sql"/> counts at least one; a schema not created yet counts zero.</summary>
    public static void WaitUntil(string pg, string sql, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Count(pg, sql) == 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition jamais remplie : " + sql);
            Thread.Sleep(50);
        }
    }

    /// <summary>The scalar count of <paramref name="sql"/>, or 0 while the schemas do not exist yet.</summary>
    public static long Count(string pg, string sql)
    {
        try
        {
            using var connection = new NpgsqlConnection(pg);
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (PostgresException e) when (e.SqlState == "42P01")
        {
            return 0;
        }
    }

    /// <summary>How many jobs each Hangfire server started, by server id (<c>Processing</c> states).</summary>
    public static IReadOnlyList<(string Server, long Jobs)> JobsPerServer(string pg)
    {
        using var connection = new NpgsqlConnection(pg);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT (data::json)->>'ServerId', count(*) FROM hangfire.state WHERE name = 'Processing' GROUP BY 1 ORDER BY 1", connection);
        using var reader = command.ExecuteReader();
        var rows = new List<(string, long)>();
        while (reader.Read()) rows.Add((reader.GetString(0), reader.GetInt64(1)));
        return rows;
    }

    /// <summary>The condition « process <paramref name="processId"/> is running a job of type <paramref name="jobType"/> ».</summary>
    public static string ProcessingOn(int processId, string jobType) => $"""
        SELECT count(*) FROM hangfire.job j JOIN hangfire.state s ON s.id = j.stateid
        WHERE j.statename = 'Processing' AND j.invocationdata::text LIKE '%{jobType}%'
          AND (s.data::json)->>'ServerId' LIKE '%:{processId}:%'
        """;
}
