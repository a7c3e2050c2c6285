using System.Globalization;
using System.Text;

namespace Vacances.Web.Api;

/// <summary>
/// Semicolon CSV for downloads (DESIGN §2 column names), UTF-8. Text cells that a spreadsheet would run as a
/// formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return) are prefixed with an
/// apostrophe (DESIGN §10); numbers are written invariant and never touched.
/// </summary>
public static class CsvExport
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var sb = new StringBuilder();
        sb.AppendJoin(';', header.Select(Text)).Append('\n');
        foreach (var row in rows) sb.AppendJoin(';', row.Select(Cell)).Append('\n');
        return sb.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>A text cell, formula-neutralised and quoted when it holds a separator, a quote or a line break.</summary>
    public static string Text(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
