using Vacances.Reports.Output;
using Vacances.Reports.Pdf;
using Vacances.Reports.Tests.Fixtures;

namespace Vacances.Reports.Tests.Output;

[Collection(ChromiumCollection.Name)]
public class ReportSetTests
{
    [Fact]
    public void Render_GivesByteIdenticalHtml_WhenInputIsTheSame()
    {
        var first = ReportSet.Render(SampleBilanInput.Create());
        var second = ReportSet.Render(SampleBilanInput.Create());
        Assert.Equal(first.Select(r => r.RelativePath), second.Select(r => r.RelativePath));
        for (var i = 0; i < first.Count; i++) Assert.Equal(first[i].Html, second[i].Html);
    }

    [Fact]
    public void Render_WritesAFichePerCommuneWithDeparturesAndAReportPerFunder()
    {
        var input = SampleBilanInput.Create();
        var paths = ReportSet.Render(input).Select(r => r.RelativePath).ToList();
        Assert.Equal("bilan", paths[0]);
        Assert.Equal(input.Communes.Count, paths.Count(p => p.StartsWith("fiches/", StringComparison.Ordinal)));
        Assert.Contains("fiches/62065-avion", paths);
        Assert.Contains("fiches/62291-eleu-dit-leauwette", paths);
        Assert.Equal(input.Flows.Select(f => f.Funder).Distinct().Count(), paths.Count(p => p.StartsWith("financeurs/", StringComparison.Ordinal)));
        Assert.Contains("financeurs/commune-62065", paths);
    }

    [Fact]
    public async Task WriteAsync_WritesSameBytesTwice_WhenOnlyHtmlIsAsked()
    {
        var root = Path.Combine(Path.GetTempPath(), "vacances-reports-tests", "html-" + Environment.ProcessId);
        var a = await ReportSet.WriteAsync(SampleBilanInput.Create(), Path.Combine(root, "a"), printPdf: false);
        var b = await ReportSet.WriteAsync(SampleBilanInput.Create(), Path.Combine(root, "b"), printPdf: false);
        Assert.Empty(a.PdfFiles);
        for (var i = 0; i < a.HtmlFiles.Count; i++)
            Assert.Equal(await File.ReadAllBytesAsync(a.HtmlFiles[i]), await File.ReadAllBytesAsync(b.HtmlFiles[i]));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task WriteAsync_WritesHtmlThenFailsWithFrenchInstallHint_WhenChromiumIsMissing()
    {
        var root = Path.Combine(Path.GetTempPath(), "vacances-reports-tests", "nochrome-" + Environment.ProcessId);
        var previous = Environment.GetEnvironmentVariable(PdfPrinter.ChromiumPathVariable);
        Environment.SetEnvironmentVariable(PdfPrinter.ChromiumPathVariable, "/nonexistent/chromium");
        try
        {
            var error = await Assert.ThrowsAsync<Vacances.Ingest.Errors.InfrastructureException>(() => ReportSet.WriteAsync(SampleBilanInput.Create(), root));
            Assert.Contains("apt-get install -y chromium", error.Message);
            Assert.True(File.Exists(Path.Combine(root, "bilan.html")));
            Assert.False(File.Exists(Path.Combine(root, "bilan.pdf")));
        }
        finally
        {
            Environment.SetEnvironmentVariable(PdfPrinter.ChromiumPathVariable, previous);
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }
}
