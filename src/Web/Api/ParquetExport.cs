using DuckDB.NET.Data;
using Vacances.Web.Sql;

namespace Vacances.Web.Api;

/// <summary>Writes a researcher view as a Parquet file through an in-memory DuckDB (DESIGN §9 <c>?format=parquet</c>).</summary>
public static class ParquetExport
{
    public static async Task<byte[]> WriteAsync(ResearcherView view, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), "vacances-" + Guid.NewGuid().ToString("N") + ".parquet");
        try
        {
            await using (var connection = new DuckDBConnection("DataSource=:memory:"))
            {
                await connection.OpenAsync(ct);
                DuckDbViewLoader.Load(connection, view with { Name = "v" });
                using var copy = connection.CreateCommand();
                copy.CommandText = $"COPY v TO '{path}' (FORMAT PARQUET)";
                copy.ExecuteNonQuery();
            }
            return await File.ReadAllBytesAsync(path, ct);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
