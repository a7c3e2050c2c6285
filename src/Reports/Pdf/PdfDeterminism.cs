using System.Globalization;
using System.Text;

namespace Vacances.Reports.Pdf;

/// <summary>
/// Makes Chromium's PDF depend on its input only. Chromium (Skia/PDF) writes the wall-clock time into the document
/// information dictionary as <c>/CreationDate (D:YYYYMMDDHHmmSS+00'00')</c> and <c>/ModDate (…)</c>, and nothing else
/// that varies between runs (no <c>/ID</c>, no XMP packet: measured on Chromium 156, two prints of one page differ in
/// those two dates only). Both are overwritten in place with the report's own date at midnight UTC — same byte length,
/// so the cross-reference offsets stay valid — which makes the same input print to byte-identical PDF files.
/// The tagged PDF's structure elements carry ids made from Blink's DOM node ids, <c>(node00007109)</c> in
/// <c>/ID</c>, <c>/Headers</c> and the id tree's <c>/Names</c> and <c>/Limits</c>: a counter of the renderer process, so
/// their values depend on what that process did before. They are renumbered by rank — the smallest becomes
/// <c>node00000001</c>, same width — which keeps every reference and the id tree's sort order. This suffices while
/// each page has a renderer process of its own (<see cref="PdfPrinter"/>); with pages sharing processes
/// (<c>--renderer-process-limit</c>) even the ids' relative order varied between runs (measured), so it is not used.
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
        RenumberNodeIds(pdf);
        return pdf;
    }

    private static readonly byte[] NodeIdPrefix = Encoding.ASCII.GetBytes("(node");

    /// <summary>Rewrites every <c>(nodeDDDDDDDD)</c> with its rank among the file's distinct node ids, in place.</summary>
    private static void RenumberNodeIds(byte[] pdf)
    {
        var found = new List<(int Start, int Length, long Id)>();
        for (var at = 0; ; )
        {
            var next = pdf.AsSpan(at).IndexOf(NodeIdPrefix);
            if (next < 0) break;
            var start = at + next + NodeIdPrefix.Length;
            var end = start;
            while (end < pdf.Length && pdf[end] is >= (byte)'0' and <= (byte)'9') end++;
            if (end > start && end < pdf.Length && pdf[end] == (byte)')' && end - start <= 18)
                found.Add((start, end - start, long.Parse(Encoding.ASCII.GetString(pdf, start, end - start), CultureInfo.InvariantCulture)));
            at = end;
        }
        // One width for all, so that rank order is also the text order the id tree is sorted by.
        if (found.Count == 0 || found.Any(f => f.Length != found[0].Length)) return;
        var rank = found.Select(f => f.Id).Distinct().Order().Select((id, i) => (id, i + 1)).ToDictionary(x => x.id, x => x.Item2);
        var format = new string('0', found[0].Length);
        foreach (var (start, length, id) in found)
        {
            var text = rank[id].ToString(format, CultureInfo.InvariantCulture);
            if (text.Length != length) return;
            Encoding.ASCII.GetBytes(text).CopyTo(pdf, start);
        }
    }
}
