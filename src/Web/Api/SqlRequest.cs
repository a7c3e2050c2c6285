namespace Vacances.Web.Api;

/// <summary>Body of <c>POST /api/sql</c>: <c>{"sql": "…"}</c>.</summary>
public sealed record SqlRequest(string? Sql);
