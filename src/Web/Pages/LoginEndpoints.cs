using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using System.Security.Claims;
using Vacances.Web.Auth;
using static Vacances.Web.Pages.HtmlLayout;

namespace Vacances.Web.Pages;

/// <summary>
/// <c>GET/POST /connexion</c> (fields <c>login</c>, <c>password</c> and the antiforgery token) and
/// <c>POST /deconnexion</c> (DESIGN §9). Attempts are rate-limited per client address.
/// </summary>
public static class LoginEndpoints
{
    public const string RateLimitPolicy = "connexion";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/connexion", (HttpContext ctx, IAntiforgery af, string? ReturnUrl) => Form(ctx, af, ReturnUrl, null))
            .ExcludeFromDescription();
        app.MapPost("/connexion", SignIn).RequireRateLimiting(RateLimitPolicy).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/deconnexion", SignOut).DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<IResult> SignIn(HttpContext ctx, IAntiforgery af, UserDirectory users)
    {
        if (!await af.IsRequestValidAsync(ctx)) return Results.BadRequest("Formulaire expiré : rechargez la page de connexion.");
        var form = await ctx.Request.ReadFormAsync(ctx.RequestAborted);
        var returnUrl = form["returnUrl"].ToString();
        var user = await users.VerifyPasswordAsync(form["login"].ToString(), form["password"].ToString(), ctx.RequestAborted);
        if (user is null) return Form(ctx, af, returnUrl, "Identifiant ou mot de passe incorrect.", StatusCodes.Status401Unauthorized);
        var identity = new ClaimsIdentity(UserClaims.For(user), WebAuthentication.CookieScheme);
        await ctx.SignInAsync(WebAuthentication.CookieScheme, new ClaimsPrincipal(identity));
        // Only local return addresses: no open redirect.
        return Results.Redirect(IsLocal(returnUrl) ? returnUrl : "/tableau-de-bord");
    }

    private static async Task<IResult> SignOut(HttpContext ctx, IAntiforgery af)
    {
        if (!await af.IsRequestValidAsync(ctx)) return Results.BadRequest("Formulaire expiré.");
        await ctx.SignOutAsync(WebAuthentication.CookieScheme);
        return Results.Redirect("/connexion");
    }

    private static IResult Form(HttpContext ctx, IAntiforgery af, string? returnUrl, string? error, int status = 200)
    {
        var tokens = af.GetAndStoreTokens(ctx);
        var body = $"""
            <form class="login" method="post" action="/connexion">
            <h1>Connexion</h1>
            {(error is null ? "" : $"<p class=\"error\" role=\"alert\">{E(error)}</p>")}
            <input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken)}">
            <input type="hidden" name="returnUrl" value="{E(IsLocal(returnUrl) ? returnUrl : "")}">
            <label for="login">Identifiant <input id="login" name="login" autocomplete="username" required></label>
            <label for="password">Mot de passe <input id="password" name="password" type="password" autocomplete="current-password" required></label>
            <button class="primary" type="submit">Se connecter</button>
            </form>
            """;
        return Results.Content(Page("Connexion", body), "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>The logout button of the page header, with its antiforgery token.</summary>
    public static string LogoutForm(HttpContext ctx, IAntiforgery af, string login)
    {
        var tokens = af.GetAndStoreTokens(ctx);
        return $"""<span>{E(login)} <form method="post" action="/deconnexion"><input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken)}"><button type="submit">Se déconnecter</button></form></span>""";
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
