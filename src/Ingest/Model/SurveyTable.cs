namespace Vacances.Ingest.Model;

/// <summary>
/// Raw survey answers as read (<c>survey/partants.csv</c> or <c>survey/professionnels.csv</c>):
/// one row per response, one column per header, null for an empty cell. A multi-answer cell keeps its
/// <c>|</c>-separated codes.
/// </summary>
public sealed record SurveyTable(IReadOnlyList<string> Columns, IReadOnlyList<string?[]> Rows)
{
    /// <summary>Index of a column by name (case-insensitive), or -1.</summary>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (string.Equals(Columns[i], column, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
