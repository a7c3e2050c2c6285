using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;
using Vacances.Reports.Input;
using Vacances.Reports.Output;
using Vacances.Reports.Pdf;

namespace Vacances.Benchmarks.Reports;

/// <summary>
/// Issue 6, where the report set's time goes: building the HTML of each report (charts, tables, styles), then, one
/// report at a time in one warm Chromium, opening a fresh page of one browser context, loading the HTML into it (parse, style, layout, fonts), printing
/// it to tagged PDF, and writing the file. Sequential on purpose, so each phase's time is its own; wall and CPU time
/// (<see cref="ProcessTreeCpu"/>, which counts Chromium's processes too) per phase.
/// </summary>
public static class ReportSetProfile
{
    public static async Task<int> RunAsync(BilanInput input, string output)
    {
        var clock = Stopwatch.StartNew();
        var reports = ReportSet.Render(input);
        Console.WriteLine($"HTML des {reports.Count} rapports (construction + rendu), en mémoire: {clock.Elapsed.TotalSeconds:0.00} s; " +
                          $"{reports.Sum(r => r.Html.Length) / 1024.0 / 1024.0:0.0} Mo de HTML");
        TimeRender(input);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = PdfPrinter.ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"],
        });
        var context = await browser.NewContextAsync();
        var groups = new SortedDictionary<string, (int Count, double Page, double Load, double Print, double Write, long Bytes)>(StringComparer.Ordinal);
        var cpuGroups = new SortedDictionary<string, (double Page, double Load, double Print)>(StringComparer.Ordinal);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var report in reports)
            {
                var key = report.RelativePath.Contains('/') ? report.RelativePath[..report.RelativePath.IndexOf('/')] : report.RelativePath;
                var c0 = ProcessTreeCpu.Seconds();
                clock.Restart();
                var page = await context.NewPageAsync();
                var tPage = clock.Elapsed.TotalSeconds;
                var c1 = ProcessTreeCpu.Seconds();
                clock.Restart();
                await page.SetContentAsync(report.Html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
                await page.EvaluateAsync("() => document.fonts.ready");
                var tLoad = clock.Elapsed.TotalSeconds;
                var c2 = ProcessTreeCpu.Seconds();
                clock.Restart();
                var bytes = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true, Tagged = true, Outline = true });
                var tPrint = clock.Elapsed.TotalSeconds;
                var c3 = ProcessTreeCpu.Seconds();
                clock.Restart();
                var path = Path.Combine(output, "profile.pdf");
                await File.WriteAllBytesAsync(path, PdfDeterminism.Normalize(bytes, input.PublicationDate));
                var tWrite = clock.Elapsed.TotalSeconds;
                await page.CloseAsync();
                if (pass == 0) continue;
                var g = groups.GetValueOrDefault(key);
                groups[key] = (g.Count + 1, g.Page + tPage, g.Load + tLoad, g.Print + tPrint, g.Write + tWrite, g.Bytes + bytes.Length);
                var c = cpuGroups.GetValueOrDefault(key);
                cpuGroups[key] = (c.Page + c1 - c0, c.Load + c2 - c1, c.Print + c3 - c2);
            }
        }
        Console.WriteLine("groupe; rapports; nouvelle page (s); chargement HTML + mise en page (s); impression PDF balisé (s); écriture (s); Mo de PDF");
        foreach (var (key, g) in groups)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key}; {g.Count}; {g.Page:0.00}; {g.Load:0.00}; {g.Print:0.00}; {g.Write:0.00}; {g.Bytes / 1024.0 / 1024.0:0.0}"));
        Console.WriteLine("groupe; CPU nouvelle page (s); CPU chargement + mise en page (s); CPU impression (s) — processus et navigateur");
        foreach (var (key, c) in cpuGroups)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key}; {c.Page:0.00}; {c.Load:0.00}; {c.Print:0.00}"));
        return 0;
    }

    /// <summary>HTML building per kind of report, second pass (warm JIT).</summary>
    private static void TimeRender(BilanInput input)
    {
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < 2; pass++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            var reports = ReportSet.Render(input);
            if (pass == 1)
                Console.WriteLine($"HTML des {reports.Count} rapports, JIT chaud: {clock.Elapsed.TotalSeconds:0.00} s, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s");
        }
    }
}
