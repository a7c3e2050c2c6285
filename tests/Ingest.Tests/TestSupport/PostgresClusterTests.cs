using Npgsql;
using Vacances.TestSupport;

namespace Vacances.Ingest.Tests.TestSupport;

[Collection(PostgresCollection.Name)]
public sealed class PostgresClusterTests(PostgresCluster cluster)
{
    [Fact]
    public async Task CreateDatabaseAsync_GivesAWorkingDatabase_ThatSurvivesARestart()
    {
        var connectionString = await cluster.CreateDatabaseAsync("cluster_smoke");
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE t (x int); INSERT INTO t VALUES (42);", connection);
            await create.ExecuteNonQueryAsync();
        }

        cluster.Restart();

        await using var reopened = new NpgsqlConnection(connectionString);
        await reopened.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT x FROM t", reopened);
        Assert.Equal(42, (int)(await query.ExecuteScalarAsync())!);
        Assert.StartsWith("15.", reopened.PostgreSqlVersion.ToString(2) + ".");
    }
}
