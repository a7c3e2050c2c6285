using System.CommandLine;
using Vacances.Web.Auth;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances users add --pg CS --login L --role R</c> (DESIGN §2): creates or updates a dashboard user; the
/// password is read from standard input (never from the command line, which other users of the machine can see).
/// </summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var pg = PostgresOption.Create();
        var login = new Option<string>("--login") { Description = "Identifiant de connexion.", Required = true };
        var role = new Option<string>("--role") { Description = "Rôle : admin, staff, researcher ou funder:<code>.", Required = true };
        var add = new Command("add", "Crée ou met à jour un utilisateur ; le mot de passe est lu sur l'entrée standard.");
        add.Options.Add(pg);
        add.Options.Add(login);
        add.Options.Add(role);
        add.SetAction(async (parse, ct) =>
        {
            var password = (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r') ?? "";
            await using var dataSource = await PostgresOption.OpenAsync(PostgresOption.Require(parse, pg), ct);
            var users = new UserDirectory(dataSource);
            await users.EnsureSchemaAsync(ct);
            await users.AddUserAsync(parse.GetValue(login)!, password, parse.GetValue(role)!, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Utilisateur « {parse.GetValue(login)} » enregistré avec le rôle {parse.GetValue(role)}.");
            return ExitCodes.Success;
        });
        var users = new Command("users", "Gère les utilisateurs des tableaux de bord.");
        users.Subcommands.Add(add);
        return users;
    }
}
