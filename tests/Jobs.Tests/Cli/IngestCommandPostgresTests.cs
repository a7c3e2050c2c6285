using Npgsql;
using Vacances.Jobs.Cli;
using Vacances.TestSupport;

namespace Vacances.Jobs.Tests.Cli;

/// <summary><c>vacances ingest --pg</c> against a real PostgreSQL: the committed sample, then the same again (no-op).</summary>
[Collection(PostgresCollection.Name)]
public sealed class IngestCommandPostgresTests(PostgresCluster cluster)
{
    [Fact]
    public async Task Ingest_LoadsTheSampleIntoPostgreSql_AndIsANoOpTheSecondTime()
    {
        Environment.SetEnvironmentVariable("VACANCES_PSEUDO_KEY", "clé de test des commandes, jamais en production");
        var connectionString = await cluster.CreateDatabaseAsync("cli_ingest");
        var sample = Path.Combine(RepositoryPaths.DataSamples, "nrpp-2026");

        var first = await VacancesCli.RunAsync(["ingest", sample, "--pg", connectionString], new StringWriter(), new StringWriter());
        var output = new StringWriter();
        var second = await VacancesCli.RunAsync(["ingest", sample, "--pg", connectionString], output, new StringWriter());

        Assert.Equal((ExitCodes.Success, ExitCodes.Success), (first, second));
        Assert.Contains("déjà chargé", output.ToString());
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT (SELECT count(*) FROM vacances.dossiers), (SELECT count(*) FROM vacances.quarantine)", connection);
        await using var reader = await count.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(3500, reader.GetInt64(0));
        Assert.Equal(0, reader.GetInt64(1));
    }
}
