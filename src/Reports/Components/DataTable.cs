using Vacances.Reports.Model;
using Vacances.Reports.Rendering;

namespace Vacances.Reports.Components;

/// <summary>
/// A table whose header row repeats on every page it spans (<c>thead</c> as a table-header-group) and whose rows
/// never split. Suppressed cells show <see cref="SuppressedMarker"/>.
/// </summary>
/// <param name="Footnote">Shown under the table (source, suppression legend…), empty for none.</param>
public sealed record DataTable(
    string Caption,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<IReadOnlyList<TableCell>> Rows,
    string Footnote = "") : IReportBlock
{
    /// <summary>Tables up to this many rows are kept on one page with their caption and note; longer ones split between rows.</summary>
    public const int KeepTogetherRows = 30;

    public void WriteHtml(HtmlWriter html)
    {
        html.Raw(Rows.Count <= KeepTogetherRows ? "<div class=\"table-wrap keep\">\n" : "<div class=\"table-wrap\">\n");
        html.Raw("<table class=\"data\">\n");
        html.Element("caption", null, Caption);
        html.Raw("<thead><tr>");
        foreach (var column in Columns)
            html.Raw(column.Numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">").Text(column.Header).Raw("</th>");
        html.Raw("</tr></thead>\n<tbody>\n");
        foreach (var row in Rows)
        {
            html.Raw(row.Count > 0 && row[0].Strong ? "<tr class=\"total\">" : "<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                var numeric = i < Columns.Count && Columns[i].Numeric;
                var tag = i == 0 ? "th scope=\"row\"" : "td";
                html.Raw("<").Raw(tag).Raw(numeric ? " class=\"num\">" : ">");
                if (cell.Suppressed) SuppressedMarker.Write(html);
                else html.Text(cell.Text);
                html.Raw(i == 0 ? "</th>" : "</td>");
            }
            html.Raw("</tr>\n");
        }
        html.Raw("</tbody>\n</table>\n");
        if (Footnote.Length > 0) html.Element("p", "table-note", Footnote);
        html.Raw("</div>\n");
    }
}
