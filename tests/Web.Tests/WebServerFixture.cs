using System.Net;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Vacances.TestSupport;
using Vacances.Web.Auth;
using Vacances.Web.Data;
using Vacances.Web.Sql;

namespace Vacances.Web.Tests;

/// <summary>
/// The real web application on a loopback port, backed by a throwaway PostgreSQL cluster, with one user per role
/// and one published operation (<see cref="SampleResults"/>).
/// </summary>
public sealed class WebServerFixture : IAsyncLifetime
{
    public const string Password = "motdepasse-de-test";
    private readonly PostgresCluster _cluster = new();
    private WebApplication? _app;
    private NpgsqlDataSource? _dataSource;

    public string BaseUrl { get; private set; } = "";
    public string ResearcherToken { get; private set; } = "";
    public string StaffToken { get; private set; } = "";

    /// <summary>Logins by role; funders <c>ancv</c> and <c>caf62</c> have flows of their own.</summary>
    public static readonly IReadOnlyDictionary<string, string> Logins = new Dictionary<string, string>
    {
        ["admin"] = "admin", ["staff"] = "staff", ["funder:ancv"] = "ancv", ["funder:caf62"] = "caf62", ["researcher"] = "chercheuse",
    };

    public async Task InitializeAsync()
    {
        await _cluster.InitializeAsync();
        var cs = await _cluster.CreateDatabaseAsync("web");
        _dataSource = NpgsqlDataSource.Create(cs);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddHangfire(c => c.UseInMemoryStorage());
        VacancesWeb.AddServices(builder.Services, _dataSource, new SqlSandboxOptions(TimeSpan.FromSeconds(2), 500));
        _app = builder.Build();
        VacancesWeb.Map(_app);
        await VacancesWeb.EnsureSchemaAsync(_app.Services);
        var users = _app.Services.GetRequiredService<UserDirectory>();
        foreach (var (role, login) in Logins) await users.AddUserAsync(login, Password, role);
        ResearcherToken = await users.CreateTokenAsync("chercheuse");
        StaffToken = await users.CreateTokenAsync("staff");
        await _app.Services.GetRequiredService<ResultsStore>().SaveAsync(SampleResults.Build());
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    private readonly Dictionary<string, HttpClient> _clients = new();
    private readonly SemaphoreSlim _clientsLock = new(1, 1);

    /// <summary>
    /// A client acting as <paramref name="who"/>: <c>anonymous</c>, a role of <see cref="Logins"/> (signed in through
    /// the form, once, then reused), <c>token:researcher</c>, <c>token:staff</c> or <c>token:wrong</c> (bearer, no cookie).
    /// </summary>
    public async Task<HttpClient> ClientAsync(string who)
    {
        await _clientsLock.WaitAsync();
        try
        {
            if (_clients.TryGetValue(who, out var existing)) return existing;
            var client = NewClient();
            if (who.StartsWith("token:", StringComparison.Ordinal))
            {
                var token = who switch { "token:researcher" => ResearcherToken, "token:staff" => StaffToken, _ => "jeton-inconnu" };
                client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }
            else if (who != "anonymous")
            {
                var response = await WebSession.LogInAsync(client, Logins[who], Password);
                if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Connexion de {who} : {response.StatusCode}");
            }
            _clients[who] = client;
            return client;
        }
        finally
        {
            _clientsLock.Release();
        }
    }

    /// <summary>A client with its own cookie jar that does not follow redirects (so tests see them).</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true })
        { BaseAddress = new Uri(BaseUrl) };

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        if (_dataSource is not null) await _dataSource.DisposeAsync();
        await _cluster.DisposeAsync();
    }
}
