using System.Text;
using System.Threading.Channels;
using Vacances.Ingest.Errors;
using Vacances.Reports.Bilan;
using Vacances.Reports.Fiches;
using Vacances.Reports.Funders;
using Vacances.Reports.Input;
using Vacances.Reports.Pdf;
using Vacances.Reports.Rendering;

namespace Vacances.Reports.Output;

/// <summary>
/// Everything the reports step writes under an output folder (DESIGN §8): <c>bilan.html</c>/<c>.pdf</c>, one fiche per
/// commune with departures in <c>fiches/&lt;insee&gt;-&lt;slug&gt;</c>, one report per funder with flows in
/// <c>financeurs/&lt;code&gt;</c>. The HTML is written first and is byte-identical for the same input (UTF-8 without
/// BOM, <c>\n</c> line ends); the PDFs are printed with one warm browser, several pages at a time, each report as soon
/// as its HTML is written, so that building the next reports overlaps printing (issue 6: the set within 15 s).
/// </summary>
public static class ReportSet
{
    /// <summary>Reports printed at once in the one browser: this machine has two cores, and a third page keeps them busy while one page waits on the driver.</summary>
    public const int PrintsInFlight = 3;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders every report of the set in memory, in a stable order. Pure.</summary>
    public static IReadOnlyList<RenderedReport> Render(BilanInput input) => [.. RenderEach(input)];

    /// <summary>The reports of the set one after another, in the set's order (bilan, fiches by INSEE code, funders).</summary>
    private static IEnumerable<RenderedReport> RenderEach(BilanInput input)
    {
        var context = new ReportContext(input);
        yield return new RenderedReport("bilan", HtmlReportRenderer.Render(BilanBuilder.Build(input)));
        foreach (var commune in CommuneFicheBuilder.CommunesWithDepartures(context))
            yield return new RenderedReport("fiches/" + commune.Insee + "-" + Slug.Of(commune.Name),
                HtmlReportRenderer.Render(CommuneFicheBuilder.Build(context, commune)));
        foreach (var funder in FunderReportBuilder.FundersWithFlows(context))
            yield return new RenderedReport("financeurs/" + FunderReportBuilder.FileKey(funder.Code),
                HtmlReportRenderer.Render(FunderReportBuilder.Build(context, funder)));
    }

    /// <summary>
    /// Writes the HTML files, then prints them to PDF with a browser of its own when <paramref name="printPdf"/>. The
    /// browser starts while the HTML is being built.
    /// </summary>
    /// <exception cref="InfrastructureException">Chromium is missing or does not start (after the HTML is written): the message says how to install it.</exception>
    public static async Task<ReportSetResult> WriteAsync(BilanInput input, string outputDirectory, bool printPdf = true, CancellationToken cancellationToken = default)
    {
        if (!printPdf || !PdfPrinter.IsAvailable)
        {
            var html = RenderEach(input).Select(r => WriteHtml(r, outputDirectory)).ToList();
            if (!printPdf) return new ReportSetResult(html, []);
            throw new InfrastructureException(PdfPrinter.InstallHint);
        }
        var launching = PdfPrinter.LaunchAsync();
        try
        {
            return await WriteAndPrintAsync(input, outputDirectory, launching, cancellationToken);
        }
        finally
        {
            if (launching.IsCompletedSuccessfully) await launching.Result.DisposeAsync();
        }
    }

    /// <summary>
    /// Writes the HTML files and prints them with an already running (warm) printer: each report is printed as soon
    /// as its HTML is written, <see cref="PrintsInFlight"/> at a time, while the next reports are being built.
    /// </summary>
    public static Task<ReportSetResult> WriteAsync(BilanInput input, string outputDirectory, PdfPrinter printer, CancellationToken cancellationToken = default) =>
        WriteAndPrintAsync(input, outputDirectory, Task.FromResult(printer), cancellationToken);

    /// <summary>
    /// One thread builds and writes the HTML of each report in the set's order and hands it over; printers take the
    /// reports in that order as they come. Every HTML file is written even when the printer fails to start, and the
    /// result lists the files in the set's order whatever order the prints finish in.
    /// </summary>
    private static async Task<ReportSetResult> WriteAndPrintAsync(BilanInput input, string outputDirectory, Task<PdfPrinter> printer, CancellationToken cancellationToken)
    {
        var rendered = Channel.CreateUnbounded<(int Index, RenderedReport Report)>(new UnboundedChannelOptions { SingleWriter = true });
        var htmlFiles = new List<string>();
        var building = Task.Run(() =>
        {
            try
            {
                foreach (var report in RenderEach(input))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    htmlFiles.Add(WriteHtml(report, outputDirectory));
                    rendered.Writer.TryWrite((htmlFiles.Count - 1, report));
                }
                rendered.Writer.Complete();
            }
            catch (Exception e)
            {
                rendered.Writer.Complete(e);
                throw;
            }
        }, cancellationToken);
        var pdfFiles = new SortedDictionary<int, string>();
        try
        {
            var warm = await printer;
            var workers = Enumerable.Range(0, PrintsInFlight).Select(_ => Task.Run(async () =>
            {
                await foreach (var (index, report) in rendered.Reader.ReadAllAsync(cancellationToken))
                {
                    var path = Path.Combine(outputDirectory, report.RelativePath + ".pdf");
                    await warm.PrintAsync(report.Html, path, input.PublicationDate);
                    lock (pdfFiles) pdfFiles[index] = path;
                }
            }, cancellationToken)).ToList();
            await Task.WhenAll(workers);
        }
        finally
        {
            // The HTML is complete before anything is reported, success or failure (e.g. Chromium missing).
            await building.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        await building;
        return new ReportSetResult(htmlFiles, [.. pdfFiles.Values]);
    }

    private static string WriteHtml(RenderedReport report, string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, report.RelativePath + ".html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, report.Html, Utf8);
        return path;
    }
}
