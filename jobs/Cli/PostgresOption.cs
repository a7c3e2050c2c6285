using System.CommandLine;
using Npgsql;
using Vacances.Ingest.Errors;

namespace Vacances.Jobs.Cli;

/// <summary>
/// The <c>--pg</c> option shared by the server-mode verbs (DESIGN §2): a PostgreSQL connection string, or the
/// environment variable <c>VACANCES_PG</c> when the option is absent. The one helper of every verb that takes
/// <c>--pg</c> (<c>ingest</c>, <c>run</c>, <c>serve</c>, <c>worker</c>, <c>users</c>, <c>tokens</c>).
/// </summary>
public static class PostgresOption
{
    public const string EnvironmentVariable = "VACANCES_PG";

    public static Option<string?> Create() =>
        new("--pg") { Description = $"Chaîne de connexion PostgreSQL (« Host=…;Database=… ») ; à défaut, la variable {EnvironmentVariable}." };

    /// <summary>The connection string given, or null when neither the option nor the variable is set.</summary>
    public static string? Resolve(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env : null;

    /// <summary>Like <see cref="Resolve"/>, but no database at all is an infrastructure error (exit 3) naming both ways to give it.</summary>
    public static string Require(ParseResult parse, Option<string?> option) =>
        Resolve(parse, option) ?? throw new InfrastructureException($"aucune base PostgreSQL : donner --pg \"Host=…\" ou la variable {EnvironmentVariable}.");

    /// <summary>Opens a data source and checks the server answers; an unreachable server is an infrastructure failure (exit 3).</summary>
    public static async Task<NpgsqlDataSource> OpenAsync(string connectionString, CancellationToken ct)
    {
        NpgsqlDataSource dataSource;
        try
        {
            dataSource = NpgsqlDataSource.Create(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new UsageException("chaîne de connexion PostgreSQL invalide : " + e.Message);
        }
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            return dataSource;
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            await dataSource.DisposeAsync();
            throw new InfrastructureException("base PostgreSQL injoignable (" + e.Message + ").", e);
        }
    }
}
