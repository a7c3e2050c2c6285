using Vacances.Reports.Rendering;

namespace Vacances.Reports.Model;

/// <summary>A component of a report section (tiles, chart, table, quote…) that writes itself as HTML.</summary>
public interface IReportBlock
{
    void WriteHtml(HtmlWriter html);
}
