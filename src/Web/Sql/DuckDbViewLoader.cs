using DuckDB.NET.Data;

namespace Vacances.Web.Sql;

/// <summary>Creates a researcher view as a text-column table in a DuckDB connection and fills it with the appender.</summary>
public static class DuckDbViewLoader
{
    public static void Load(DuckDBConnection connection, ResearcherView view)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE {Quote(view.Name)} ({string.Join(", ", view.Columns.Select(c => Quote(c) + " VARCHAR"))})";
            create.ExecuteNonQuery();
        }
        using var appender = connection.CreateAppender(view.Name);
        foreach (var row in view.Rows)
        {
            var appended = appender.CreateRow();
            foreach (var cell in row)
            {
                if (cell is null) appended.AppendNullValue();
                else appended.AppendValue(cell);
            }
            appended.EndRow();
        }
    }

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
