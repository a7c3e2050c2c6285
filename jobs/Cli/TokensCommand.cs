using System.CommandLine;
using Vacances.Web.Auth;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances tokens create --pg CS --login L</c> (DESIGN §2): creates an API token for a user and prints it once;
/// only its hash is stored.
/// </summary>
public static class TokensCommand
{
    public static Command Create()
    {
        var pg = PostgresOption.Create();
        var login = new Option<string>("--login") { Description = "Utilisateur à qui le jeton est attribué.", Required = true };
        var create = new Command("create", "Crée un jeton d'API (affiché une seule fois, conservé haché).");
        create.Options.Add(pg);
        create.Options.Add(login);
        create.SetAction(async (parse, ct) =>
        {
            await using var dataSource = await PostgresOption.OpenAsync(PostgresOption.Require(parse, pg), ct);
            var users = new UserDirectory(dataSource);
            await users.EnsureSchemaAsync(ct);
            var token = await users.CreateTokenAsync(parse.GetValue(login)!, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(token);
            await parse.InvocationConfiguration.Error.WriteLineAsync("Conservez ce jeton : il ne sera plus affiché.");
            return ExitCodes.Success;
        });
        var tokens = new Command("tokens", "Gère les jetons d'API des chercheurs.");
        tokens.Subcommands.Add(create);
        return tokens;
    }
}
