using System.Text;
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
/// BOM, <c>\n</c> line ends); the PDFs are printed with one warm browser, two pages at a time (this machine has two
/// cores).
/// </summary>
public static class ReportSet
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders every report of the set in memory, in a stable order. Pure.</summary>
    public static IReadOnlyList<RenderedReport> Render(BilanInput input)
    {
        var context = new ReportContext(input);
        var reports = new List<RenderedReport> { new("bilan", HtmlReportRenderer.Render(BilanBuilder.Build(input))) };
        foreach (var commune in CommuneFicheBuilder.CommunesWithDepartures(context))
            reports.Add(new RenderedReport("fiches/" + commune.Insee + "-" + Slug.Of(commune.Name),
                HtmlReportRenderer.Render(CommuneFicheBuilder.Build(context, commune))));
        foreach (var funder in FunderReportBuilder.FundersWithFlows(context))
            reports.Add(new RenderedReport("financeurs/" + FunderReportBuilder.FileKey(funder.Code),
                HtmlReportRenderer.Render(FunderReportBuilder.Build(context, funder))));
        return reports;
    }

    /// <summary>Writes the HTML files, then prints them to PDF with a browser of its own when <paramref name="printPdf"/>.</summary>
    /// <exception cref="InfrastructureException">Chromium is missing (after the HTML is written): the message says how to install it.</exception>
    public static async Task<ReportSetResult> WriteAsync(BilanInput input, string outputDirectory, bool printPdf = true, CancellationToken cancellationToken = default)
    {
        var reports = Render(input);
        var html = WriteHtml(reports, outputDirectory);
        if (!printPdf) return new ReportSetResult(html, []);
        await using var printer = await PdfPrinter.LaunchAsync();
        return new ReportSetResult(html, await PrintAsync(printer, reports, outputDirectory, input.PublicationDate, cancellationToken));
    }

    /// <summary>Writes the HTML files and prints them with an already running (warm) printer.</summary>
    public static async Task<ReportSetResult> WriteAsync(BilanInput input, string outputDirectory, PdfPrinter printer, CancellationToken cancellationToken = default)
    {
        var reports = Render(input);
        var html = WriteHtml(reports, outputDirectory);
        return new ReportSetResult(html, await PrintAsync(printer, reports, outputDirectory, input.PublicationDate, cancellationToken));
    }

    private static IReadOnlyList<string> WriteHtml(IReadOnlyList<RenderedReport> reports, string outputDirectory)
    {
        var paths = new List<string>(reports.Count);
        foreach (var report in reports)
        {
            var path = Path.Combine(outputDirectory, report.RelativePath + ".html");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, report.Html, Utf8);
            paths.Add(path);
        }
        return paths;
    }

    private static async Task<IReadOnlyList<string>> PrintAsync(PdfPrinter printer, IReadOnlyList<RenderedReport> reports, string outputDirectory, DateOnly date, CancellationToken cancellationToken)
    {
        var paths = reports.Select(r => Path.Combine(outputDirectory, r.RelativePath + ".pdf")).ToArray();
        await Parallel.ForEachAsync(Enumerable.Range(0, reports.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken },
            async (i, _) => await printer.PrintAsync(reports[i].Html, paths[i], date));
        return paths;
    }
}
