using Microsoft.Playwright;

namespace Vacances.Web.Tests.Browser;

/// <summary>
/// The web server plus one headless Debian Chromium driven by Playwright (<c>/usr/bin/chromium</c>; installed by
/// <c>scripts/ensure-prerequisites.sh</c>). Playwright never downloads a browser of its own here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public WebServerFixture Web { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright? _playwright;

    /// <summary>Folder where tests leave screenshots to look at (under the test output folder).</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        await Web.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (own cookies) with a page at the given viewport width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Web.BaseUrl, AcceptDownloads = true, ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // Generous: CI runs the test projects side by side on two cores.
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        return await context.NewPageAsync();
    }

    public static async Task LogInAsync(IPage page, string login)
    {
        await page.GotoAsync("/connexion");
        await page.GetByLabel("Identifiant").FillAsync(login);
        await page.GetByLabel("Mot de passe").FillAsync(WebServerFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await Web.DisposeAsync();
    }
}
