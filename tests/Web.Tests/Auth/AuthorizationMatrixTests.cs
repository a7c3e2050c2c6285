using System.Net;
using System.Text;

namespace Vacances.Web.Tests.Auth;

/// <summary>Every route of DESIGN §9 with every kind of caller: the exact status.</summary>
public sealed class AuthorizationMatrixTests(WebServerFixture web) : IClassFixture<WebServerFixture>
{
    private static readonly string[] Callers =
        ["anonymous", "funder:ancv", "funder:caf62", "staff", "admin", "researcher", "token:researcher", "token:staff", "token:wrong"];

    /// <summary>Expected status per route, in the order of <see cref="Callers"/>.</summary>
    private static readonly (string Method, string Path, int[] Expected)[] Matrix =
    [
        ("GET", "/connexion", [200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/tableau-de-bord", [302, 200, 200, 200, 200, 403, 302, 302, 302]),
        ("GET", "/api/indicateurs", [401, 200, 200, 200, 200, 200, 200, 200, 401]),
        ("GET", "/api/flux", [401, 200, 200, 200, 200, 403, 403, 200, 401]),
        ("GET", "/api/flux?format=csv", [401, 200, 200, 200, 200, 403, 403, 200, 401]),
        ("GET", "/api/enquete/reponses", [401, 403, 403, 200, 403, 200, 200, 200, 401]),
        ("GET", "/api/enquete/reponses?format=parquet", [401, 403, 403, 200, 403, 200, 200, 200, 401]),
        ("GET", "/api/enquete/estimation?question=decouverte_droits_vacances&value=oui&calibrate=dispositif&exclude=", [401, 403, 403, 200, 403, 200, 200, 200, 401]),
        ("POST", "/api/sql", [401, 403, 403, 403, 403, 200, 200, 403, 401]),
        ("GET", "/hangfire", [302, 403, 403, 403, 200, 403, 302, 302, 302]),
        ("GET", "/openapi/v1.json", [200, 200, 200, 200, 200, 200, 200, 200, 200]),
    ];

    public static TheoryData<string, string, string, int> Cases()
    {
        var data = new TheoryData<string, string, string, int>();
        foreach (var (method, path, expected) in Matrix)
            for (var i = 0; i < Callers.Length; i++) data.Add(method, path, Callers[i], expected[i]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Route_AnswersTheRouteTableStatus_ForEachCaller(string method, string path, string caller, int expected)
    {
        var client = await web.ClientAsync(caller);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = new StringContent("""{"sql":"SELECT count(*) AS n FROM reponses_partants"}""", Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        Assert.Equal(expected, (int)response.StatusCode);
        if (expected == 302) Assert.StartsWith("/connexion", response.Headers.Location!.OriginalString.Replace(web.BaseUrl, ""));
    }

    [Fact]
    public async Task Login_Fails_WithWrongPassword()
    {
        using var client = web.NewClient();
        var response = await WebSession.LogInAsync(client, "staff", "pas-le-bon");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Identifiant ou mot de passe incorrect", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_IsRefused_WithoutAntiforgeryToken()
    {
        using var client = web.NewClient();
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["login"] = "staff", ["password"] = WebServerFixture.Password });
        var response = await client.PostAsync("/connexion", form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        using var client = web.NewClient();
        var response = await client.GetAsync("/connexion");
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("vacances.af", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
