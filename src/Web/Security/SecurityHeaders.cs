using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Vacances.Web.Security;

/// <summary>
/// Security headers on every answer (issue 8, hardening): a CSP without inline script and with
/// <c>frame-ancestors 'none'</c>, no MIME sniffing, no referrer. The Hangfire dashboard (admins only) ships its
/// own inline scripts, so its pages get a CSP that allows them but still forbids framing and foreign sources.
/// </summary>
public static class SecurityHeaders
{
    private const string AppPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

    private const string HangfirePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

    public static void Use(IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var headers = ctx.Response.Headers;
        headers.ContentSecurityPolicy = ctx.Request.Path.StartsWithSegments("/hangfire") ? HangfirePolicy : AppPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        await next();
    });
}
