using Microsoft.Playwright;
using Vacances.Ingest.Errors;

namespace Vacances.Reports.Pdf;

/// <summary>
/// Prints report HTML to tagged PDF with Debian's Chromium driven by Playwright .NET (DESIGN §8). One browser and one
/// browser context are launched per printer and kept warm for a whole batch of reports; each report gets a fresh page
/// of that context, opened ahead of time while the previous report prints (opening a page starts a renderer, about
/// a third of a report's time when done on demand) and closed in the background. The page size,
/// margins, running header and « page N / M » footer come from the report's CSS (<c>PreferCSSPageSize</c>); the PDF is
/// tagged and carries an outline built from the headings. Playwright's Node driver ships in the build output
/// (<c>.playwright/</c>), so nothing is downloaded: the browser is the system's.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    /// <summary>Where Debian's <c>chromium</c> package installs the browser.</summary>
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>Environment variable that points to another Chromium binary.</summary>
    public const string ChromiumPathVariable = "VACANCES_CHROMIUM";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--font-render-hinting=none",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;
    private readonly Lock _gate = new();
    private readonly List<Task> _closing = [];
    private Task<IPage>? _spare;

    private PdfPrinter(IPlaywright playwright, IBrowser browser, IBrowserContext context)
    {
        _playwright = playwright;
        _browser = browser;
        _context = context;
    }

    /// <summary>The Chromium binary that will be used: <see cref="ChromiumPathVariable"/> if set, else Debian's.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable(ChromiumPathVariable) is { Length: > 0 } path ? path : DefaultChromiumPath;

    /// <summary>True when the Chromium binary exists.</summary>
    public static bool IsAvailable => File.Exists(ChromiumPath);

    /// <summary>The French message telling how to install what printing needs.</summary>
    public static string InstallHint =>
        $"Chromium est introuvable ({ChromiumPath}) : les rapports HTML sont écrits, mais pas les PDF. " +
        "Installez-le avec « sudo apt-get install -y chromium fonts-dejavu-core » (Debian/Ubuntu), " +
        $"ou indiquez un autre navigateur Chromium dans la variable d'environnement {ChromiumPathVariable}.";

    /// <summary>Launches the browser once for a batch of reports.</summary>
    /// <exception cref="InfrastructureException">Chromium is missing or does not start (CLI exit 3).</exception>
    public static async Task<PdfPrinter> LaunchAsync()
    {
        if (!IsAvailable) throw new InfrastructureException(InstallHint);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            var context = await browser.NewContextAsync();
            return new PdfPrinter(playwright, browser, context);
        }
        catch (PlaywrightException e)
        {
            playwright?.Dispose();
            throw new InfrastructureException("Chromium n'a pas pu démarrer pour imprimer les rapports : " + e.Message + " " + InstallHint, e);
        }
    }

    /// <summary>
    /// Prints one self-contained HTML report to <paramref name="pdfPath"/>; <paramref name="documentDate"/> becomes the
    /// PDF's creation date, so the same input gives the same bytes (<see cref="PdfDeterminism"/>).
    /// </summary>
    public async Task PrintAsync(string html, string pdfPath, DateOnly documentDate)
    {
        // A fresh page per report: a reused page carries state (fonts already loaded) into the next PDF's bytes. A
        // fresh page of the shared context does not (measured: same bytes as a page of a new context).
        var page = await TakePageAsync();
        try
        {
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            await page.EvaluateAsync("() => document.fonts.ready");
            var bytes = await page.PdfAsync(new PagePdfOptions
            {
                PreferCSSPageSize = true,
                PrintBackground = true,
                Tagged = true,
                Outline = true,
                DisplayHeaderFooter = false,
            });
            await File.WriteAllBytesAsync(pdfPath, PdfDeterminism.Normalize(bytes, documentDate));
        }
        finally
        {
            lock (_gate) _closing.Add(page.CloseAsync());
        }
    }

    /// <summary>The page opened ahead of time (or a new one), and the next one starts opening.</summary>
    private Task<IPage> TakePageAsync()
    {
        lock (_gate)
        {
            var page = _spare ?? _context.NewPageAsync();
            _spare = _context.NewPageAsync();
            return page;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Task[] pending;
        lock (_gate)
        {
            pending = [.. _closing, .. _spare is null ? [] : new[] { _spare }];
            _closing.Clear();
            _spare = null;
        }
        try
        {
            await Task.WhenAll(pending);
        }
        catch (PlaywrightException)
        {
            // A page that failed to open or close is of no consequence once the batch is over.
        }
        await _context.CloseAsync();
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
