using Npgsql;
using Vacances.Jobs.Cli;
using Vacances.TestSupport;
using Vacances.Web.Auth;

namespace Vacances.Jobs.Tests.Cli;

/// <summary><c>vacances users add</c> and <c>vacances tokens create</c> against a real PostgreSQL.</summary>
public sealed class UsersAndTokensCommandTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>, IAsyncLifetime
{
    private string _cs = "";

    /// <summary>Each test gets its own empty database in the shared cluster.</summary>
    public async Task InitializeAsync() => _cs = await cluster.CreateDatabaseAsync("cli_" + Guid.NewGuid().ToString("N")[..8]);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task UsersAdd_StoresAHashedPassword_ReadFromStandardInput()
    {
        var (code, output, _) = await RunWithInputAsync("mot-de-passe-solide\n", "users", "add", "--pg", _cs, "--login", "caf", "--role", "funder:caf62");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("caf", output);
        await using var ds = NpgsqlDataSource.Create(_cs);
        var users = new UserDirectory(ds);
        Assert.Equal(new WebUser("caf", "funder:caf62"), await users.VerifyPasswordAsync("caf", "mot-de-passe-solide"));
        await using var cmd = ds.CreateCommand("SELECT password_hash FROM web.users WHERE login = 'caf'");
        Assert.DoesNotContain("mot-de-passe-solide", (string)(await cmd.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task TokensCreate_PrintsATokenOnce_AndStoresOnlyItsHash()
    {
        await RunWithInputAsync("mot-de-passe-solide\n", "users", "add", "--pg", _cs, "--login", "chercheur", "--role", "researcher");
        var (code, output, _) = await RunWithInputAsync("", "tokens", "create", "--pg", _cs, "--login", "chercheur");
        Assert.Equal(ExitCodes.Success, code);
        var token = output.Trim();
        await using var ds = NpgsqlDataSource.Create(_cs);
        Assert.Equal("chercheur", (await new UserDirectory(ds).FindByTokenAsync(token))!.Login);
        await using var cmd = ds.CreateCommand("SELECT count(*) FROM web.api_tokens WHERE encode(token_hash, 'escape') LIKE '%' || $1 || '%'");
        cmd.Parameters.AddWithValue(token);
        Assert.Equal(0L, (long)(await cmd.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task UsersAdd_ExitsWithInvalidInput_WhenTheRoleIsUnknown()
    {
        var (code, _, error) = await RunWithInputAsync("mot-de-passe-solide\n", "users", "add", "--pg", _cs, "--login", "x", "--role", "chef");
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("rôle « chef » inconnu", error);
    }

    [Fact]
    public async Task TokensCreate_ExitsWithInfrastructureFailure_WhenPostgresIsUnreachable()
    {
        var (code, _, error) = await RunWithInputAsync("", "tokens", "create", "--pg", "Host=127.0.0.1;Port=1;Timeout=2", "--login", "x");
        Assert.Equal(ExitCodes.Infrastructure, code);
        Assert.Contains("PostgreSQL injoignable", error);
    }

    private static async Task<(int Code, string Output, string Error)> RunWithInputAsync(string input, params string[] args)
    {
        var previous = Console.In;
        Console.SetIn(new StringReader(input));
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = await VacancesCli.RunAsync(args, output, error);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetIn(previous);
        }
    }
}
