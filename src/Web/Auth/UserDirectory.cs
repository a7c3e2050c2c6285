using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using Vacances.Ingest.Errors;

namespace Vacances.Web.Auth;

/// <summary>
/// Users and researcher API tokens in PostgreSQL (schema <c>web</c>). Passwords are hashed with ASP.NET Core's
/// <see cref="PasswordHasher{TUser}"/>; tokens are 256-bit random values shown once and stored as SHA-256 hashes
/// (DESIGN §9: "passwords hashed, tokens hashed at rest").
/// </summary>
public sealed class UserDirectory(NpgsqlDataSource dataSource)
{
    private static readonly PasswordHasher<string> Hasher = new();

    public async Task EnsureSchemaAsync(CancellationToken ct = default)
    {
        await using var cmd = dataSource.CreateCommand("""
            CREATE SCHEMA IF NOT EXISTS web;
            CREATE TABLE IF NOT EXISTS web.users (
                login text PRIMARY KEY,
                password_hash text NOT NULL,
                role text NOT NULL);
            CREATE TABLE IF NOT EXISTS web.api_tokens (
                token_hash bytea PRIMARY KEY,
                login text NOT NULL REFERENCES web.users(login) ON DELETE CASCADE);
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Creates or replaces a user. The role must be one of <see cref="WebRoles"/>.</summary>
    public async Task AddUserAsync(string login, string password, string role, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(login)) throw new InvalidInputException("users add", null, "--login", "l'identifiant est vide.");
        if (!WebRoles.IsValid(role))
            throw new InvalidInputException("users add", null, "--role", $"rôle « {role} » inconnu (admin, staff, researcher ou funder:<code>).");
        if (password.Length < 8)
            throw new InvalidInputException("users add", null, "mot de passe", "le mot de passe doit compter au moins 8 caractères.");
        await using var cmd = dataSource.CreateCommand("""
            INSERT INTO web.users (login, password_hash, role) VALUES ($1, $2, $3)
            ON CONFLICT (login) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role
            """);
        cmd.Parameters.AddWithValue(login);
        cmd.Parameters.AddWithValue(Hasher.HashPassword(login, password));
        cmd.Parameters.AddWithValue(role);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The user when the password matches, else null (same answer for an unknown login).</summary>
    public async Task<WebUser?> VerifyPasswordAsync(string login, string password, CancellationToken ct = default)
    {
        await using var cmd = dataSource.CreateCommand("SELECT password_hash, role FROM web.users WHERE login = $1");
        cmd.Parameters.AddWithValue(login);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            // Hash anyway so that an unknown login takes as long as a wrong password.
            Hasher.VerifyHashedPassword(login, Hasher.HashPassword(login, "x"), password);
            return null;
        }
        var hash = reader.GetString(0);
        var role = reader.GetString(1);
        return Hasher.VerifyHashedPassword(login, hash, password) == PasswordVerificationResult.Failed
            ? null
            : new WebUser(login, role);
    }

    /// <summary>Creates a new API token for an existing user and returns it in clear (the only time it is shown).</summary>
    public async Task<string> CreateTokenAsync(string login, CancellationToken ct = default)
    {
        var token = Base64UrlToken(RandomNumberGenerator.GetBytes(32));
        await using var cmd = dataSource.CreateCommand("""
            INSERT INTO web.api_tokens (token_hash, login) SELECT $1, login FROM web.users WHERE login = $2
            """);
        cmd.Parameters.AddWithValue(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
        cmd.Parameters.AddWithValue(login);
        if (await cmd.ExecuteNonQueryAsync(ct) == 0)
            throw new InvalidInputException("tokens create", null, "--login", $"utilisateur « {login} » inconnu.");
        return token;
    }

    /// <summary>The user a token belongs to, or null.</summary>
    public async Task<WebUser?> FindByTokenAsync(string token, CancellationToken ct = default)
    {
        await using var cmd = dataSource.CreateCommand("""
            SELECT u.login, u.role FROM web.api_tokens t JOIN web.users u ON u.login = t.login WHERE t.token_hash = $1
            """);
        cmd.Parameters.AddWithValue(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new WebUser(reader.GetString(0), reader.GetString(1)) : null;
    }

    private static string Base64UrlToken(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
