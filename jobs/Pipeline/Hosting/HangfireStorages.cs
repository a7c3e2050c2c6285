using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Vacances.Jobs.Pipeline.Ledger;

namespace Vacances.Jobs.Pipeline.Hosting;

/// <summary>The two Hangfire storages of DESIGN §2: in memory for <c>vacances bilan</c>, PostgreSQL for server mode.</summary>
public static class HangfireStorages
{
    /// <summary>
    /// A job held by a killed worker becomes visible again after this long. The sliding timeout keeps a live
    /// job invisible however long it runs (its fetch time is refreshed in the background), so the timeout can
    /// be short: a killed worker's job is retried by another within this plus one poll interval, under the
    /// 2 minutes of issue 7 (the package's default is 30 minutes).
    /// </summary>
    public static readonly TimeSpan InvisibilityTimeout = TimeSpan.FromSeconds(30);

    public static JobStorage InMemory() => new InMemoryStorage();

    /// <summary>Hangfire in its own schema <c>hangfire</c> of the store's database, created if needed.</summary>
    public static JobStorage Postgres(string connectionString)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            InvisibilityTimeout = InvisibilityTimeout,
            UseSlidingInvisibilityTimeout = true,
            // Moderate polling: a new job starts within a second, an idle worker costs a query per second.
            QueuePollInterval = TimeSpan.FromSeconds(1),
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
        };
        var pooled = PostgresConnections.WithPool(connectionString, PostgresConnections.HangfirePoolSize);
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(pooled, options), options);
    }
}
