using Npgsql;

namespace Vacances.Jobs.Pipeline.Ledger;

/// <summary>
/// Connection-pool sizing of server mode, explicit so that N workers × (Hangfire + ledger) stay well under
/// PostgreSQL's default <c>max_connections</c> of 100: each process holds at most
/// <see cref="HangfirePoolSize"/> + <see cref="LedgerPoolSize"/> connections.
/// </summary>
public static class PostgresConnections
{
    /// <summary>Hangfire's workers, its fetcher and its background processes (heartbeat, sliding invisibility…).</summary>
    public const int HangfirePoolSize = 12;

    /// <summary>The pipeline ledger: at most one connection per running job, plus the progress poll.</summary>
    public const int LedgerPoolSize = 6;

    /// <summary>The user's connection string with the pool bounded to <paramref name="maxPoolSize"/>.</summary>
    public static string WithPool(string connectionString, int maxPoolSize)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = maxPoolSize, MinPoolSize = 0 };
        return builder.ConnectionString;
    }
}
