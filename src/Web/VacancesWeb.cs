using System.Threading.RateLimiting;
using Hangfire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Vacances.Web.Api;
using Vacances.Web.Auth;
using Vacances.Web.Data;
using Vacances.Web.Pages;
using Vacances.Web.Security;
using Vacances.Web.Sql;

namespace Vacances.Web;

/// <summary>
/// Composes the web application of DESIGN §9 onto an ASP.NET Core host: services (users, results, auth, antiforgery,
/// login rate limit, OpenAPI) and the route table. The host that calls it (<c>vacances serve</c>) also registers
/// Hangfire, whose dashboard is mounted at <c>/hangfire</c> for admins.
/// </summary>
public static class VacancesWeb
{
    public static void AddServices(IServiceCollection services, NpgsqlDataSource dataSource, SqlSandboxOptions? sql = null)
    {
        services.AddSingleton(dataSource);
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<ResultsStore>();
        services.AddSingleton(sql ?? SqlSandboxOptions.Default);
        WebAuthentication.Add(services);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "vacances.af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Login attempts: 20 a minute per client address (slows password guessing, enough for real people).
            o.AddPolicy(LoginEndpoints.RateLimitPolicy, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "?",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true);
    }

    /// <summary>Creates the web schemas (users, tokens, results) if needed.</summary>
    public static async Task EnsureSchemaAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await services.GetRequiredService<UserDirectory>().EnsureSchemaAsync(ct);
        await services.GetRequiredService<ResultsStore>().EnsureSchemaAsync(ct);
    }

    public static void Map(WebApplication app)
    {
        // No stack trace or SQL error text ever reaches a client.
        app.UseExceptionHandler(e => e.Run(async ctx =>
        {
            ctx.Response.StatusCode = StatusCodes.Status500InternalServerError;
            ctx.Response.ContentType = "text/plain; charset=utf-8";
            await ctx.Response.WriteAsync("Erreur interne du serveur. L'incident a été journalisé.");
        }));
        SecurityHeaders.Use(app);
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        LoginEndpoints.Map(app);
        DashboardEndpoints.Map(app);
        ApiEndpoints.Map(app);
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [],
            AppPath = "/tableau-de-bord",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(WebPolicies.Admin);
    }
}
