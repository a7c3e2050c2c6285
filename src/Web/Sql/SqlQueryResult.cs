namespace Vacances.Web.Sql;

/// <summary>The answer of <c>POST /api/sql</c>: column names and rows, cut at the row cap.</summary>
/// <param name="Truncated">True when the query had more rows than the cap.</param>
public sealed record SqlQueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, bool Truncated);
