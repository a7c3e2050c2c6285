using System.Text;
using Vacances.Reports.Pdf;

namespace Vacances.Reports.Tests.Pdf;

public class PdfDeterminismTests
{
    [Fact]
    public void Normalize_ReplacesChromiumClockDatesInPlace_WithTheReportDate()
    {
        const string head = "%PDF-1.4\n1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261122231210+00'00')\n/ModDate (D:20261122231211+00'00')>>\nendobj\n";
        var bytes = Encoding.ASCII.GetBytes(head);
        var normalized = Encoding.ASCII.GetString(PdfDeterminism.Normalize(bytes, new DateOnly(2026, 11, 22)));
        Assert.Equal(head.Length, normalized.Length);
        Assert.Contains("/CreationDate (D:20261122000000+00'00')", normalized);
        Assert.Contains("/ModDate (D:20261122000000+00'00')", normalized);
    }

    [Fact]
    public void Normalize_RenumbersDomNodeIdsByRank_WhenTheRendererCounterStartsElsewhere()
    {
        const string tree = "<</Type /StructElem\n/S /TH\n/ID (node00007109)>>\n<</S /TD\n/Headers [(node00007109)]>>\n" +
                            "<</S /TH\n/ID (node00007120)>>\n<</Names [(node00007109) 5 0 R (node00007120) 7 0 R]\n/Limits [(node00007109) (node00007120)]>>\n";
        var normalized = Encoding.ASCII.GetString(PdfDeterminism.Normalize(Encoding.ASCII.GetBytes(tree), new DateOnly(2026, 11, 22)));
        Assert.Equal(tree.Replace("00007109", "00000001").Replace("00007120", "00000002"), normalized);
    }
}
