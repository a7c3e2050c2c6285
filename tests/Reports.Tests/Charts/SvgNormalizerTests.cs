using Vacances.Reports.Charts;

namespace Vacances.Reports.Tests.Charts;

public class SvgNormalizerTests
{
    private const string Skia = """
<?xml version="1.0" encoding="utf-8" ?>
<svg xmlns="http://www.w3.org/2000/svg" width="680" height="100">
	<clipPath id="cl_7"><rect x="181.20898" y="15" width="483.79102" height="97.0625"/></clipPath>
	<g clip-path="url(#cl_7)">
		<text transform="translate(608.299 35.2684)" font-size="11" font-family="DejaVu Sans" x="-18.93042, -11.931885, -4.9333496, " y="-5.0917969, ">
				25 k€
		</text>
	</g>
</svg>
""";

    [Fact]
    public void Normalize_KeepsOnlyTheFirstGlyphPosition_WhenSkiaListsEveryGlyph()
    {
        var svg = SvgNormalizer.Normalize(Skia, "chart", 680, 100);
        Assert.Contains("font-family=\"DejaVu Sans\" x=\"-18.93042\" y=\"-5.0917969\">", svg);
        Assert.Contains("<rect x=\"181.20898\" y=\"15\" width=\"483.79102\"", svg);
    }

    [Fact]
    public void Normalize_RenamesClipPathsAfterTheChartKey_WhenSkiaNumbersThemPerProcess()
    {
        var svg = SvgNormalizer.Normalize(Skia, "chart", 680, 100);
        Assert.Contains("<clipPath id=\"chart-1\">", svg);
        Assert.Contains("clip-path=\"url(#chart-1)\"", svg);
        Assert.DoesNotContain("cl_7", svg);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 680 100\"", svg);
    }
}
