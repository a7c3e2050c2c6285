using Microsoft.Playwright;

namespace Vacances.Web.Tests.Browser;

/// <summary>People using the dashboard in a real Chromium: funders, staff, an admin.</summary>
public sealed class DashboardBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Funder_SeesOwnDashboard_FiltersIt_AndDownloadsTheCsv()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "caf62");
        await page.WaitForURLAsync("**/tableau-de-bord");
        Assert.Equal("Opération d'essai 2026", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("caf62.vacaf", await page.Locator("main").InnerTextAsync());
        Assert.DoesNotContain("ancv.apv", await page.Locator("main").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "financeur-tableau-de-bord.png"), FullPage = true });

        await page.Locator("#f-dispositif").SelectOptionAsync("bsv");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await page.WaitForURLAsync("**dispositif=bsv**");
        Assert.Contains("Aucun flux pour ce filtre", await page.Locator("main").InnerTextAsync());

        await page.Locator("#f-dispositif").SelectOptionAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Télécharger ces flux (CSV)").ClickAsync());
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var lines = (await File.ReadAllTextAsync(path)).TrimEnd('\n').Split('\n');
        Assert.Equal("funder;programme;commune_insee;dispositif;amount_eur;estimated", lines[0]);
        Assert.All(lines[1..], l => Assert.StartsWith("caf62;", l));
    }

    [Fact]
    public async Task Staff_SeesTheReportCharts_AsInlineSvgFigures()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "staff");
        await page.WaitForURLAsync("**/tableau-de-bord");

        var charts = page.Locator("figure svg");
        Assert.Equal(4, await charts.CountAsync());
        Assert.True(await charts.First.IsVisibleAsync());
        Assert.Contains("mai 2026", await page.Locator("figure").First.GetAttributeAsync("aria-label"));
        var box = await charts.First.BoundingBoxAsync();
        Assert.True(box is { Width: > 200, Height: > 100 }, $"graphique trop petit : {box?.Width}×{box?.Height}");
        Assert.Contains("Financeurs", await page.Locator("figure").Last.InnerHTMLAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "equipe-graphiques.png"), FullPage = true });
    }

    [Fact]
    public async Task Funder_CannotReachAnotherFundersFlows_ThroughTheUi()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "ancv");
        await page.WaitForURLAsync("**/tableau-de-bord");
        await page.GotoAsync("/tableau-de-bord?commune=62065&dispositif=individuel");
        Assert.DoesNotContain("caf62", await page.Locator("main").InnerTextAsync());
        var api = await page.GotoAsync("/api/flux");
        Assert.DoesNotContain("caf62", await api!.TextAsync());
        var hangfire = await page.GotoAsync("/hangfire");
        Assert.Equal(403, hangfire!.Status);
    }

    [Fact]
    public async Task Funder_SeesSecretMarker_ForSmallCells()
    {
        var page = await fixture.NewPageAsync(390, 844);
        await BrowserFixture.LogInAsync(page, "ancv");
        await page.WaitForURLAsync("**/tableau-de-bord");
        Assert.Contains("secret", await page.Locator("main").InnerTextAsync());
        Assert.Contains("masquée(s) par le secret statistique", await page.Locator("figure figcaption").AllInnerTextsAsync() is var captions ? string.Join("\n", captions) : "");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "financeur-telephone.png"), FullPage = true });
    }

    [Fact]
    public async Task Admin_OpensTheHangfireDashboard()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "admin");
        await page.WaitForURLAsync("**/tableau-de-bord");
        var response = await page.GotoAsync("/hangfire");
        Assert.Equal(200, response!.Status);
        Assert.Contains("Hangfire", await page.TitleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "admin-hangfire.png") });
    }

    [Fact]
    public async Task Anonymous_IsSentToTheLoginPage()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/tableau-de-bord");
        Assert.Contains("/connexion", page.Url);
        Assert.Equal("Connexion", await page.Locator("h1").InnerTextAsync());
    }
}
