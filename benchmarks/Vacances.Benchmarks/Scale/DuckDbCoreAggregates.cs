using DuckDB.NET.Data;

namespace Vacances.Benchmarks.Scale;

/// <summary>
/// What an analyst would write in DuckDB for the DESIGN §5 core indicators, reading the canonical CSVs directly:
/// the comparison engine of issue 9. Ages are completed years on the stay's first day (I-02).
/// </summary>
public static class DuckDbCoreAggregates
{
    public static IReadOnlyDictionary<string, decimal> Compute(string directory)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        string F(string name) => Path.Combine(directory, name).Replace("'", "''");
        Execute(connection, $"""
            CREATE VIEW d AS SELECT * FROM read_csv('{F("dossiers.csv")}', delim=';', header=true, all_varchar=true);
            CREATE VIEW p AS SELECT * FROM read_csv('{F("participants.csv")}', delim=';', header=true, all_varchar=true);
            CREATE VIEW a AS SELECT * FROM read_csv('{F("aids.csv")}', delim=';', header=true, all_varchar=true);
            CREATE VIEW h AS SELECT * FROM read_csv('{F("professionals.csv")}', delim=';', header=true, all_varchar=true);
            CREATE VIEW pd AS SELECT p.*, CAST(d.start_date AS DATE) AS start_date, CAST(d.end_date AS DATE) AS end_date,
                date_diff('year', CAST(p.birth_date AS DATE), CAST(d.start_date AS DATE))
                  - CASE WHEN strftime(CAST(d.start_date AS DATE), '%m%d') < strftime(CAST(p.birth_date AS DATE), '%m%d') THEN 1 ELSE 0 END AS age
              FROM p JOIN d USING (dossier_id);
            """);
        var result = new SortedDictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["departs.dossiers"] = Scalar(connection, "SELECT count(*) FROM d"),
            ["departs.personnes"] = Scalar(connection, "SELECT count(*) FROM p"),
            ["departs.nuitees"] = Scalar(connection, "SELECT sum(date_diff('day', start_date, end_date)) FROM pd"),
            ["public.part_employes"] = Scalar(connection,
                "SELECT round(100.0 * count(*) FILTER (WHERE pcs = 'employe') / count(*) FILTER (WHERE pcs IS NOT NULL), 6) FROM pd WHERE age >= 18 AND pcs IS NOT NULL"),
            ["public.part_ouvriers"] = Scalar(connection,
                "SELECT round(100.0 * count(*) FILTER (WHERE pcs = 'ouvrier') / count(*), 6) FROM pd WHERE age >= 18 AND pcs IS NOT NULL"),
            ["public.premiers_departs"] = Scalar(connection,
                "SELECT round(100.0 * count(*) FILTER (WHERE first_departure IN ('true','oui','1','vrai')) / count(*), 6) FROM p WHERE first_departure IS NOT NULL"),
            ["pros.heures_directes_moyenne"] = Scalar(connection,
                "SELECT round(sum(CAST(hours_direct AS DECIMAL(18,2))) / count(DISTINCT pro_id), 6) FROM h"),
            ["flux.enregistre_eur"] = Scalar(connection, "SELECT sum(CAST(amount_eur AS DECIMAL(18,2))) FROM a"),
        };
        return result;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static decimal Scalar(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() switch
        {
            System.Numerics.BigInteger big => (decimal)big, // DuckDB sums of integers are HUGEINT
            var value => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
