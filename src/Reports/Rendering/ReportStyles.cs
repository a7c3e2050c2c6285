namespace Vacances.Reports.Rendering;

/// <summary>
/// The print stylesheet shared by every report (DESIGN §8): A4 pages with margins, a running header carrying the
/// operation's name, the footer « page N / M » in CSS page-margin boxes (<c>counter(page)</c>,
/// <c>counter(pages)</c>, supported by Chromium since version 131), a bare first page when the report has a
/// cover, and break control: headings stay with what follows, charts, tiles and table rows are never split, table
/// headers repeat on every page. Fonts are DejaVu Sans, installed locally (Debian <c>fonts-dejavu-core</c>), which
/// Chromium embeds in the PDF.
/// </summary>
public static class ReportStyles
{
    /// <summary>The stylesheet for a report whose running header reads <paramref name="headerLeft"/> / <paramref name="headerRight"/>.</summary>
    public static string Css(string headerLeft, string headerRight, bool hasCover)
    {
        var left = HtmlWriter.CssString(headerLeft);
        var right = HtmlWriter.CssString(headerRight);
        var first = hasCover
            ? "@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }\n"
            : string.Empty;
        return Page.Replace("$LEFT", left).Replace("$RIGHT", right) + first + Body;
    }

    private const string Page = """
@page {
  size: A4;
  margin: 20mm 17mm 18mm 17mm;
  @top-left { content: $LEFT; font: 7.5pt "DejaVu Sans", sans-serif; color: #4a5a66; vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { content: $RIGHT; font: 7.5pt "DejaVu Sans", sans-serif; color: #4a5a66; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-center { content: "page " counter(page) " / " counter(pages); font: 7.5pt "DejaVu Sans", sans-serif; color: #4a5a66; vertical-align: top; padding-top: 3mm; }
}

""";

    private const string Body = """
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; line-height: 1.42; color: #1d2a33; margin: 0; }
h1, h2, h3 { font-family: "DejaVu Sans", sans-serif; break-after: avoid; page-break-after: avoid; break-inside: avoid; }
h1 { font-size: 17pt; color: #0f4c5c; margin: 0 0 4mm; padding-bottom: 2mm; border-bottom: 0.8mm solid #e36414; }
h2 { font-size: 12pt; color: #0f4c5c; margin: 6mm 0 2.5mm; }
h3 { font-size: 10pt; margin: 0 0 1.5mm; }
p { margin: 0 0 2.5mm; orphans: 3; widows: 3; }
p.lead { font-size: 10pt; color: #33444f; }
ul { margin: 0 0 3mm; padding-left: 5mm; }
li { margin-bottom: 1mm; }
section.section { break-before: page; page-break-before: always; }
section.section.first { break-before: auto; page-break-before: auto; }
section.section.continued { break-before: auto; page-break-before: auto; margin-top: 8mm; }
.page-break { break-after: page; page-break-after: always; height: 0; }

.cover { height: 255mm; width: 100%; padding: 0; position: relative; break-after: page; page-break-after: always; overflow: hidden; }
.cover .band { background: #0f4c5c; color: #fff; padding: 70mm 14mm 14mm; }
.cover .kicker { font-size: 12pt; letter-spacing: 0.08em; text-transform: uppercase; color: #fbc99d; margin-bottom: 6mm; }
.cover h1.cover-title { font-size: 28pt; line-height: 1.15; color: #fff; border: none; margin: 0 0 6mm; padding: 0; }
.cover .subtitle { font-size: 13pt; color: #e6eef0; }
.cover .accent { height: 3mm; background: #e36414; }
.cover .details { padding: 12mm 14mm; font-size: 10.5pt; color: #1d2a33; }
.cover .details p { margin-bottom: 3mm; }
.cover .date { position: absolute; bottom: 6mm; left: 14mm; font-size: 10pt; color: #4a5a66; }

.tiles { display: grid; grid-template-columns: repeat(3, 1fr); gap: 3.5mm; margin: 2mm 0 5mm; }
.tile { border: 0.3mm solid #c9d6dc; border-top: 1.2mm solid #0f4c5c; border-radius: 1.5mm; padding: 3mm 3.5mm; break-inside: avoid; background: #f5f9fa; }
.tile-value { font-size: 17pt; font-weight: bold; color: #0f4c5c; line-height: 1.15; white-space: nowrap; }
.tile-label { font-size: 8.5pt; margin-top: 1mm; }
.tile-detail { font-size: 7pt; color: #5a6a75; margin-top: 1mm; }

figure.chart { margin: 2mm 0 5mm; break-inside: avoid; page-break-inside: avoid; }
.chart-title { font-weight: bold; font-size: 9.5pt; margin-bottom: 1.5mm; break-after: avoid; }
.chart-body svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 7.5pt; color: #5a6a75; margin-top: 1mm; }

table.data { width: 100%; border-collapse: collapse; margin: 2mm 0 1.5mm; font-size: 8pt; }
table.data caption { caption-side: top; text-align: left; font-weight: bold; font-size: 9pt; padding-bottom: 1.5mm; break-after: avoid; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; page-break-inside: avoid; }
table.data th, table.data td { padding: 1.1mm 1.8mm; border-bottom: 0.2mm solid #d5dee2; text-align: left; vertical-align: top; }
table.data thead th { background: #0f4c5c; color: #fff; font-weight: bold; border-bottom: none; }
table.data tbody th { font-weight: normal; }
table.data tbody tr:nth-child(even) { background: #f3f7f8; }
table.data tr.total th, table.data tr.total td { font-weight: bold; border-top: 0.4mm solid #0f4c5c; }
table.data .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.data thead th.num { white-space: normal; }
.table-wrap.keep { break-inside: avoid; page-break-inside: avoid; }
p.register-title { font-weight: bold; color: #0f4c5c; margin: 4mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
.table-note { font-size: 7.5pt; color: #5a6a75; margin-bottom: 5mm; }
.suppressed { font-style: italic; color: #8a4b08; }

blockquote.verbatim { margin: 0 0 3mm; padding: 2.5mm 4mm; border-left: 1.2mm solid #e36414; background: #fdf3ea; break-inside: avoid; }
blockquote.verbatim p { margin: 0 0 1mm; font-style: italic; }
blockquote.verbatim footer { font-size: 7.5pt; color: #5a6a75; }

aside.method { border: 0.3mm solid #c9d6dc; border-radius: 1.5mm; padding: 3mm 4mm; margin: 0 0 4mm; background: #f8fafb; break-inside: avoid; }
aside.method p { font-size: 8.5pt; }
.two-col { columns: 2; column-gap: 6mm; }

""";
}
