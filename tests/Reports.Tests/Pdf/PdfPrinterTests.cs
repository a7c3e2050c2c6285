using System.Diagnostics;
using System.Text;
using Vacances.Reports.Output;
using Vacances.Reports.Pdf;
using Vacances.Reports.Tests.Fixtures;
using Xunit.Abstractions;

namespace Vacances.Reports.Tests.Pdf;

/// <summary>Real prints with Debian's Chromium (<c>apt-get install chromium fonts-dejavu-core poppler-utils</c>).</summary>
[Collection(ChromiumCollection.Name)]
public class PdfPrinterTests(ITestOutputHelper output)
{
    private static readonly Lazy<Task<(string Directory, ReportSetResult Result, TimeSpan Elapsed)>> Printed = new(PrintSampleSet);

    private static async Task<(string, ReportSetResult, TimeSpan)> PrintSampleSet()
    {
        var directory = Path.Combine(Path.GetTempPath(), "vacances-reports-tests", "set");
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        await using var printer = await PdfPrinter.LaunchAsync();
        var watch = Stopwatch.StartNew();
        var result = await ReportSet.WriteAsync(SampleBilanInput.Create(), directory, printer);
        return (directory, result, watch.Elapsed);
    }

    [Fact]
    public async Task WriteAsync_PrintsWholeSetWithWarmBrowser_WhenChromiumIsInstalled()
    {
        var (_, result, elapsed) = await Printed.Value;
        output.WriteLine($"{result.PdfFiles.Count} PDF (bilan + fiches + financeurs) en {elapsed.TotalSeconds:0.0} s avec un navigateur chaud");
        Assert.Equal(result.HtmlFiles.Count, result.PdfFiles.Count);
        Assert.All(result.PdfFiles, f => Assert.True(new FileInfo(f).Length > 10_000, f));
    }

    [Fact]
    public async Task PrintAsync_GivesTaggedBilanOfAtLeast12Pages_WithEmbeddedFontsAndOutline()
    {
        var (directory, _, _) = await Printed.Value;
        var pdf = Path.Combine(directory, "bilan.pdf");
        var info = Poppler.Run("pdfinfo", pdf);
        Assert.Contains("Tagged:          yes", info);
        Assert.Contains("Page size:       594.96 x 841.92 pts (A4)", info);
        Assert.True(Poppler.Pages(pdf) >= 12, info);
        var fonts = Poppler.Run("pdffonts", pdf).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.Contains(fonts, l => l.Contains("DejaVuSans", StringComparison.Ordinal));
        Assert.All(fonts, l => Assert.Contains(" yes ", l[36..]));
        var bytes = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        Assert.Contains("/Outlines", bytes);
    }

    [Fact]
    public async Task PrintAsync_PutsRunningHeaderAndPageCounterOnEveryPageButCover()
    {
        var (directory, _, _) = await Printed.Value;
        var pdf = Path.Combine(directory, "bilan.pdf");
        var pages = Poppler.Pages(pdf);
        var text = Poppler.Run("pdftotext", "-layout", pdf, "-");
        var pageTexts = text.Split('\f');
        Assert.DoesNotContain("page 1 / ", pageTexts[0]);
        for (var p = 2; p <= pages; p++)
        {
            Assert.Contains($"page {p} / {pages}", pageTexts[p - 1]);
            Assert.Contains("Ne rêvez plus, partez !", pageTexts[p - 1]);
        }
    }

    [Fact]
    public async Task PrintAsync_PrintsEachCommuneFicheOnOneSheetRectoVerso()
    {
        var (directory, result, _) = await Printed.Value;
        var fiches = result.PdfFiles.Where(f => f.Contains(Path.Combine(directory, "fiches"), StringComparison.Ordinal)).ToList();
        Assert.Equal(26, fiches.Count);
        Assert.All(fiches, f => Assert.Equal(2, Poppler.Pages(f)));
    }

    [Fact]
    public async Task PrintAsync_GivesByteIdenticalPdf_WhenPrintingSameHtmlTwice()
    {
        var (directory, _, _) = await Printed.Value;
        var html = await File.ReadAllTextAsync(Path.Combine(directory, "fiches", "62065-avion.html"));
        var again = Path.Combine(Path.GetTempPath(), "vacances-reports-tests", "avion-again.pdf");
        await using (var printer = await PdfPrinter.LaunchAsync())
            await printer.PrintAsync(html, again, SampleBilanInput.Create().PublicationDate);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(directory, "fiches", "62065-avion.pdf")), await File.ReadAllBytesAsync(again));
    }
}
