using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Vacances.Web.Auth;

/// <summary>
/// Cookie login for pages, bearer tokens for the API. Unauthenticated API calls get 401 and pages a redirect to
/// <c>/connexion</c>; authenticated but unauthorised calls get 403 (DESIGN §9).
/// </summary>
public static class WebAuthentication
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    public static void Add(IServiceCollection services)
    {
        services.AddAuthentication(CookieScheme)
            .AddCookie(CookieScheme, o =>
            {
                o.LoginPath = "/connexion";
                o.Cookie.Name = "vacances.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the request is HTTPS (production sits behind TLS); tests run on loopback HTTP.
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = ctx =>
                {
                    if (IsApi(ctx.Request)) ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    else ctx.Response.Redirect(ctx.RedirectUri);
                    return Task.CompletedTask;
                };
                o.Events.OnRedirectToAccessDenied = async ctx =>
                {
                    ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                    if (IsApi(ctx.Request)) return;
                    ctx.Response.ContentType = "text/html; charset=utf-8";
                    await ctx.Response.WriteAsync(Pages.HtmlLayout.Page("Accès refusé",
                        "<h1>Accès refusé</h1><p>Votre rôle ne donne pas accès à cette page.</p><p><a href=\"/tableau-de-bord\">Retour au tableau de bord</a></p>"));
                };
            })
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, _ => { });
        services.AddAuthorization(WebPolicies.Register);
    }

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");
}
