using System.Globalization;
using System.Text;

namespace Vacances.Reports.Pdf;

/// <summary>
/// Makes Chromium's PDF depend on its input only. Chromium (Skia/PDF) writes the wall-clock time into the document
/// information dictionary as <c>/CreationDate (D:YYYYMMDDHHmmSS+00'00')</c> and <c>/ModDate (…)</c>, and nothing else
/// that varies between runs (no <c>/ID</c>, no XMP packet: measured on Chromium 156, two prints of one page differ in
/// those two dates only). Both are overwritten in place with the report's own date at midnight UTC — same byte length,
/// so the cross-reference offsets stay valid — which makes the same input print to byte-identical PDF files.
/// </summary>
public static class PdfDeterminism
{
    private static readonly byte[][] Keys = [Encoding.ASCII.GetBytes("/CreationDate (D:"), Encoding.ASCII.GetBytes("/ModDate (D:")];

    /// <summary>Length of the date Skia writes after <c>D:</c>: <c>YYYYMMDDHHmmSS+00'00'</c>.</summary>
    private const int DateLength = 21;

    /// <summary>Replaces the creation and modification dates with <paramref name="documentDate"/> (returns the same array).</summary>
    public static byte[] Normalize(byte[] pdf, DateOnly documentDate)
    {
        var replacement = Encoding.ASCII.GetBytes(documentDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000+00'00'");
        foreach (var key in Keys)
        {
            var at = pdf.AsSpan().IndexOf(key);
            if (at < 0) continue;
            var start = at + key.Length;
            if (start + DateLength >= pdf.Length || pdf[start + DateLength] != (byte)')') continue;
            replacement.CopyTo(pdf, start);
        }
        return pdf;
    }
}
