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
}
