namespace Vacances.Web.Sql;

/// <summary>A table a researcher may query through <c>POST /api/sql</c>: a name, its columns and its text rows.</summary>
public sealed record ResearcherView(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string?[]> Rows);
