using Microsoft.AspNetCore.Authorization;

namespace Vacances.Web.Auth;

/// <summary>
/// The authorisation policies of the route table (DESIGN §9). API policies accept the cookie and the bearer
/// token; the dashboard and the Hangfire dashboard accept the cookie only.
/// </summary>
public static class WebPolicies
{
    public const string Dashboard = "dashboard";
    public const string Indicators = "indicators";
    public const string Flows = "flows";
    public const string Survey = "survey";
    public const string Sql = "sql";
    public const string Admin = "admin";

    public static void Register(AuthorizationOptions options)
    {
        string[] api = [WebAuthentication.CookieScheme, BearerTokenHandler.SchemeName];
        options.AddPolicy(Dashboard, p => p.AddAuthenticationSchemes(WebAuthentication.CookieScheme)
            .RequireAssertion(c => RoleIs(c, WebRoles.Staff, WebRoles.Admin) || IsFunder(c)));
        options.AddPolicy(Indicators, p => p.AddAuthenticationSchemes(api)
            .RequireAssertion(c => RoleIs(c, WebRoles.Staff, WebRoles.Admin, WebRoles.Researcher) || IsFunder(c)));
        options.AddPolicy(Flows, p => p.AddAuthenticationSchemes(api)
            .RequireAssertion(c => RoleIs(c, WebRoles.Staff, WebRoles.Admin) || IsFunder(c)));
        // The route table grants the survey microdata and estimates to researchers and staff only (not admins).
        options.AddPolicy(Survey, p => p.AddAuthenticationSchemes(api)
            .RequireAssertion(c => RoleIs(c, WebRoles.Staff, WebRoles.Researcher)));
        options.AddPolicy(Sql, p => p.AddAuthenticationSchemes(api)
            .RequireAssertion(c => RoleIs(c, WebRoles.Researcher)));
        options.AddPolicy(Admin, p => p.AddAuthenticationSchemes(WebAuthentication.CookieScheme)
            .RequireAssertion(c => RoleIs(c, WebRoles.Admin)));
    }

    private static bool RoleIs(AuthorizationHandlerContext c, params string[] roles) =>
        UserClaims.RoleOf(c.User) is { } role && roles.Contains(role);

    private static bool IsFunder(AuthorizationHandlerContext c) =>
        UserClaims.RoleOf(c.User) is { } role && WebRoles.FunderCode(role) is not null;
}
