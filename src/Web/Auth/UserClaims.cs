using System.Security.Claims;

namespace Vacances.Web.Auth;

/// <summary>The claims a signed-in user carries, and reading them back.</summary>
public static class UserClaims
{
    public static IEnumerable<Claim> For(WebUser user) =>
        [new Claim(ClaimTypes.Name, user.Login), new Claim(ClaimTypes.Role, user.Role)];

    /// <summary>The role of an authenticated principal, or null.</summary>
    public static string? RoleOf(ClaimsPrincipal principal) =>
        principal.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.Role) : null;
}
