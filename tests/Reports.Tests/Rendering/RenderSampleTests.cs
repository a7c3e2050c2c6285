using Vacances.Reports.Bilan;
using Vacances.Reports.Rendering;
using Vacances.Reports.Tests.Fixtures;

namespace Vacances.Reports.Tests.Rendering;

public class RenderSampleTests
{
    [Fact]
    public void Render_WritesSampleBilan_WhenAskedForInspection()
    {
        var html = HtmlReportRenderer.Render(BilanBuilder.Build(SampleBilanInput.Create()));
        Directory.CreateDirectory("/tmp/reports-out");
        File.WriteAllText("/tmp/reports-out/bilan.html", html);
        Assert.Contains("<section id=\"departs\"", html);
    }
}
