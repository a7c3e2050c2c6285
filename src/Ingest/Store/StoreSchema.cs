namespace Vacances.Ingest.Store;

/// <summary>
/// The store's versioned migrations, written once for both engines (their SQL differs only in types).
/// A store applies, at start-up and in order, each version above the one recorded in <c>schema_migrations</c>.
/// </summary>
public static class StoreSchema
{
    /// <summary>The store's own schema name (PostgreSQL schema; DuckDB schema inside the file).</summary>
    public const string Name = "vacances";

    /// <summary>The migrations, oldest first: version and DDL for an engine's type names.</summary>
    public static IReadOnlyList<(int Version, Func<Func<StoreType, string>, IEnumerable<string>> Statements)> Migrations { get; } =
    [
        (1, types => StoreTables.All.Select(t => CreateTable(t, types))
            .Append($"CREATE UNIQUE INDEX ingested_files_hash ON {Name}.ingested_files (file_hash)")),
        (2, _ => [$"CREATE INDEX dossiers_id ON {Name}.dossiers (dossier_id)"]),
    ];

    /// <summary>The latest version.</summary>
    public static int Latest => Migrations[^1].Version;

    /// <summary>The column list of <paramref name="table"/> as written: <c>file_hash</c> then the data columns.</summary>
    public static IEnumerable<string> ColumnNames(StoreTable table) => table.Columns.Select(c => c.Name).Prepend("file_hash");

    private static string CreateTable(StoreTable table, Func<StoreType, string> types) =>
        $"CREATE TABLE {Name}.{table.Name} (file_hash TEXT NOT NULL, "
        + string.Join(", ", table.Columns.Select(c => $"{c.Name} {types(c.Type)}")) + ")";
}
