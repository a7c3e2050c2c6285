using System.Text.Json;

namespace Vacances.Web.Sql;

/// <summary>
/// Allow-list check of a researcher query on DuckDB's own parse tree (<c>json_serialize_sql</c>, which only
/// serialises SELECT statements): exactly one SELECT; every table it reads is a researcher view or one of its own
/// CTEs, in no schema; no table function (files, <c>range</c>, <c>query</c>…) and no system function.
/// </summary>
public static class SqlQueryGuard
{
    private static readonly string[] DeniedFunctionPrefixes =
        ["duckdb_", "pg_", "read_", "current_setting", "getenv", "query", "glob", "sql_auto_complete", "which_secret", "load", "install"];

    /// <summary>Throws <see cref="SqlRefusedException"/> unless the serialised parse tree is an allowed query.</summary>
    public static void Check(string serializedParseTree, IReadOnlySet<string> views)
    {
        using var doc = JsonDocument.Parse(serializedParseTree);
        var root = doc.RootElement;
        if (root.GetProperty("error").GetBoolean())
            throw new SqlRefusedException("Requête refusée : seule une instruction SELECT est permise (lecture seule).");
        if (root.GetProperty("statements").GetArrayLength() != 1)
            throw new SqlRefusedException("Requête refusée : une seule instruction SELECT à la fois.");
        var ctes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        CollectCteNames(root, ctes);
        Walk(root, views, ctes);
    }

    private static void CollectCteNames(JsonElement e, HashSet<string> names)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("cte_map", out var map) && map.TryGetProperty("map", out var entries))
                foreach (var entry in entries.EnumerateArray())
                    names.Add(entry.GetProperty("key").GetString() ?? "");
            foreach (var p in e.EnumerateObject()) CollectCteNames(p.Value, names);
        }
        else if (e.ValueKind == JsonValueKind.Array)
            foreach (var item in e.EnumerateArray()) CollectCteNames(item, names);
    }

    private static void Walk(JsonElement e, IReadOnlySet<string> views, HashSet<string> ctes)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) Walk(item, views, ctes);
            return;
        }
        if (e.ValueKind != JsonValueKind.Object) return;
        var type = e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type == "TABLE_FUNCTION")
            throw new SqlRefusedException("Requête refusée : les fonctions de table (fichiers, séries…) ne sont pas permises.");
        if (type == "BASE_TABLE") CheckTable(e, views, ctes);
        if (e.TryGetProperty("function_name", out var fn) && fn.GetString() is { } name &&
            DeniedFunctionPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            throw new SqlRefusedException($"Requête refusée : la fonction « {name} » n'est pas permise.");
        foreach (var p in e.EnumerateObject()) Walk(p.Value, views, ctes);
    }

    private static void CheckTable(JsonElement table, IReadOnlySet<string> views, HashSet<string> ctes)
    {
        var schema = table.GetProperty("schema_name").GetString() ?? "";
        var catalog = table.GetProperty("catalog_name").GetString() ?? "";
        var name = table.GetProperty("table_name").GetString() ?? "";
        var known = views.Contains(name) || ctes.Contains(name);
        if (catalog.Length > 0 || (schema.Length > 0 && schema != "main") || !known)
            throw new SqlRefusedException(
                $"Requête refusée : « {name} » n'est pas une vue de recherche (vues : {string.Join(", ", views.Order())}).");
    }
}
