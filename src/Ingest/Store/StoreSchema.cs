namespace Vacances.Ingest.Store;

/// <summary>
/// The store's versioned migrations, written once for both engines (their SQL differs only in types).
/// A store applies, at start-up and in order, each version above the one recorded in <c>schema_migrations</c>.
/// </summary>
/// <remarks>
/// History: version 1 created every table with the file's content hash (<c>file_hash</c>) as first column of each row;
/// version 2 indexed <c>dossiers(dossier_id)</c>; versions 3–4 gave each file a small number (<c>file_id</c>, from the
/// <c>file_ids</c> sequence) in <c>ingested_files</c>, which keeps the hash (unique: idempotency), and replaced the hash
/// on every data row by that number (the 64-character hash on each row was ≈ 10 % of the DuckDB ingest's CPU);
/// versions 5–6 give the number columns the engine's current numeric type (DuckDB: <c>DECIMAL(38,10)</c> →
/// <c>DECIMAL(18,4)</c>; PostgreSQL keeps <c>NUMERIC</c>), the dossiers' index dropped around the change.
/// The migrations are history: version 1 still creates the hash column (version 3 converts it, for new stores as for
/// old ones), and the column lists of <see cref="StoreTables"/> are those version 1 created — a later column must come
/// with a migration of its own.
/// </remarks>
public static class StoreSchema
{
    /// <summary>The store's own schema name (PostgreSQL schema; DuckDB schema inside the file).</summary>
    public const string Name = "vacances";

    /// <summary>The column of every data table naming the file a row came from (<c>ingested_files.file_id</c>, since version 3).</summary>
    public const string FileIdColumn = "file_id";

    /// <summary>The sequence the file numbers are drawn from (safe for files stored at once, in separate transactions).</summary>
    public const string FileIdSequence = Name + ".file_ids";

    /// <summary>The migrations, oldest first: version and DDL for an engine's type names.</summary>
    public static IReadOnlyList<(int Version, Func<Func<StoreType, string>, IEnumerable<string>> Statements)> Migrations { get; } =
    [
        (1, types => StoreTables.All.Select(t => CreateTableWithHash(t, types))
            .Append($"CREATE UNIQUE INDEX ingested_files_hash ON {Name}.ingested_files (file_hash)")),
        (2, _ => [$"CREATE INDEX dossiers_id ON {Name}.dossiers (dossier_id)"]),
        (3, FileNumbers),
        (4, _ =>
        [
            $"CREATE UNIQUE INDEX ingested_files_hash ON {Name}.ingested_files (file_hash)",
            $"CREATE UNIQUE INDEX ingested_files_id ON {Name}.ingested_files ({FileIdColumn})",
            DossiersIndex,
        ]),
        (5, NumericTypes),
        (6, _ => [DossiersIndex]),
    ];

    private const string DossiersIndex = $"CREATE INDEX dossiers_id ON {Name}.dossiers (dossier_id)";

    /// <summary>The latest version.</summary>
    public static int Latest => Migrations[^1].Version;

    /// <summary>The tables whose rows name their file (every table but <c>ingested_files</c>).</summary>
    public static IEnumerable<StoreTable> DataTables => StoreTables.All.Where(t => t != StoreTables.IngestedFiles);

    /// <summary>
    /// The column list of a data table as written: <c>file_id</c> then its data columns.
    /// </summary>
    public static IEnumerable<string> ColumnNames(StoreTable table) => table.Columns.Select(c => c.Name).Prepend(FileIdColumn);

    /// <summary>Version 1's tables: the content hash first, then the data columns.</summary>
    private static string CreateTableWithHash(StoreTable table, Func<StoreType, string> types) =>
        $"CREATE TABLE {Name}.{table.Name} (file_hash TEXT NOT NULL, " + Columns(table, types) + ")";

    /// <summary>
    /// Version 3: numbers the stored files, then rebuilds every table with the number first in place of the hash
    /// (new table filled from a join with the numbered files, old one dropped with its indexes, new one renamed).
    /// The indexes come back in version 4, in a transaction of their own: DuckDB builds no index over rows its
    /// transaction has not committed. (Altering in place is not an option in DuckDB: no column is dropped while an
    /// index follows it, and no index is built over updates not yet checkpointed.)
    /// </summary>
    private static IEnumerable<string> FileNumbers(Func<StoreType, string> types)
    {
        const string files = "ingested_files";
        yield return $"CREATE SEQUENCE {FileIdSequence} START 1";
        yield return $"CREATE TABLE {Name}.{files}_numbered ({FileIdColumn} INTEGER NOT NULL, file_hash TEXT NOT NULL, "
            + Columns(StoreTables.IngestedFiles, types) + ")";
        yield return $"INSERT INTO {Name}.{files}_numbered SELECT nextval('{FileIdSequence}'), * FROM {Name}.{files}";
        foreach (var table in DataTables)
        {
            yield return $"CREATE TABLE {Name}.{table.Name}_numbered ({FileIdColumn} INTEGER NOT NULL, " + Columns(table, types) + ")";
            yield return $"INSERT INTO {Name}.{table.Name}_numbered SELECT f.{FileIdColumn}, "
                + string.Join(", ", table.Columns.Select(c => "t." + c.Name))
                + $" FROM {Name}.{table.Name} AS t JOIN {Name}.{files}_numbered AS f ON f.file_hash = t.file_hash";
        }
        foreach (var table in StoreTables.All)
        {
            yield return $"DROP TABLE {Name}.{table.Name}";
            yield return $"ALTER TABLE {Name}.{table.Name}_numbered RENAME TO {table.Name}";
        }
    }

    /// <summary>
    /// Version 5: every number column takes the engine's numeric type of today (a no-op where it already has it).
    /// DuckDB alters no column of a table an index follows: the dossiers' index is dropped here and built again by
    /// version 6, once the altered rows are committed (see <see cref="FileNumbers"/>).
    /// </summary>
    private static IEnumerable<string> NumericTypes(Func<StoreType, string> types) =>
        DataTables.SelectMany(t => t.Columns.Where(c => c.Type == StoreType.Numeric)
                .Select(c => $"ALTER TABLE {Name}.{t.Name} ALTER COLUMN {c.Name} TYPE {types(StoreType.Numeric)}"))
            .Prepend($"DROP INDEX {Name}.dossiers_id");

    private static string Columns(StoreTable table, Func<StoreType, string> types) =>
        string.Join(", ", table.Columns.Select(c => $"{c.Name} {types(c.Type)}"));
}
