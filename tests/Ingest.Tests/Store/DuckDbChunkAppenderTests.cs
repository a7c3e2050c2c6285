using System.Globalization;
using DuckDB.NET.Data;
using Vacances.Ingest.Errors;
using Vacances.Ingest.Store;

namespace Vacances.Ingest.Tests.Store;

/// <summary>
/// The chunk appender against DuckDB.NET's own row appender, the reference it replaced: the same rows written
/// both ways into two tables of an in-memory database must be equal, cell for cell, over several chunks; and its
/// rounding of decimals beyond a column's scale against DuckDB's own cast.
/// </summary>
public sealed class DuckDbChunkAppenderTests : IDisposable
{
    private const string Columns =
        "(n INTEGER, t VARCHAR, d DECIMAL(38,10), money DECIMAL(18,4), day DATE, big BIGINT, flag BOOLEAN)";

    private static readonly string?[] Texts =
    [
        "D0000001", "", "commune.aide_locale", "Équipe « été » à l'Hôtel-Dieu", "emoji 🏖️ et ç", "\ud800 seul",
        new string('x', 3000), null, "62628",
        // Around the 12 bytes a string slot holds in place: ASCII, two- and four-byte characters, a lone surrogate.
        "123456789012", "1234567890123", "éééééé", "ééééééé", "12345678901é", "🏖🏖🏖", "🏖🏖🏖!", "a\udc00b",
    ];

    /// <summary>Numbers within both test columns' scales (DuckDB.NET truncates beyond, the chunk appender rounds).</summary>
    private static readonly decimal?[] Decimals =
    [
        0m, 1m, -1m, 0.1m, 166.67m, 2.5m, 1_000_000_000_000m, -999_999.9999m, 12.3400m, -0.0001m, 0.25m, null,
    ];

    private readonly DuckDBConnection _connection = new("Data Source=:memory:");

    public DuckDbChunkAppenderTests()
    {
        _connection.Open();
        Execute("CREATE SCHEMA s");
        Execute($"CREATE TABLE s.reference {Columns}");
        Execute($"CREATE TABLE s.chunked {Columns}");
    }

    [Fact]
    public void Close_StoresTheCellsDuckDbNetWouldStore_OverSeveralChunks()
    {
        const int rows = 5_000; // two full chunks of 2 048 and a partial one
        using (var reference = _connection.CreateAppender("s", "reference"))
            for (var i = 0; i < rows; i++)
            {
                var row = reference.CreateRow();
                row.AppendValue(Number(i)).AppendValue(Texts[i % Texts.Length]).AppendValue(Decimals[i % Decimals.Length])
                    .AppendValue(Money(i)).AppendValue(Day(i)).AppendValue(Big(i)).AppendValue(Flag(i)).EndRow();
            }
        using (var chunked = new DuckDbChunkAppender(_connection, "s", "chunked", "test.csv"))
        {
            for (var i = 0; i < rows; i++)
            {
                chunked.BeginRow();
                chunked.Int(Number(i)); chunked.Text(Texts[i % Texts.Length]); chunked.Decimal(Decimals[i % Decimals.Length]);
                chunked.Decimal(Money(i)); chunked.Date(Day(i)); chunked.Long(Big(i)); chunked.Bool(Flag(i));
                chunked.EndRow();
            }
            chunked.Close();
        }

        Assert.Equal(rows, Scalar("SELECT count(*) FROM s.chunked"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM (SELECT * FROM s.chunked EXCEPT ALL SELECT * FROM s.reference)"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM (SELECT * FROM s.reference EXCEPT ALL SELECT * FROM s.chunked)"));
    }

    [Theory]
    [InlineData("1.23455")]
    [InlineData("-1.23455")]
    [InlineData("0.00005")]
    [InlineData("-0.00005")]
    [InlineData("1.23454999")]
    [InlineData("1.12345678901234567")]
    [InlineData("-0.00000000019")]
    [InlineData("0.00000000005")]
    [InlineData("79228162514.264337593543950335")]
    [InlineData("999999999999.99995")]
    public void Decimal_RoundsHalfAwayFromZeroBeyondTheColumnScale_AsDuckDbCasts(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        using (var chunked = new DuckDbChunkAppender(_connection, "s", "chunked", "test.csv"))
        {
            chunked.BeginRow();
            chunked.Int(0); chunked.Text(text); chunked.Decimal(value); chunked.Decimal(value); chunked.Date(null);
            chunked.Long(null); chunked.Bool(null);
            chunked.EndRow();
            chunked.Close();
        }

        Assert.Equal(0, Scalar("SELECT count(*) FROM s.chunked WHERE d IS DISTINCT FROM t::DECIMAL(38,10) OR money IS DISTINCT FROM t::DECIMAL(18,4)"));
    }

    [Fact]
    public void Text_ThrowsInvalidOperationException_WhenTheColumnIsNotText()
    {
        using var chunked = new DuckDbChunkAppender(_connection, "s", "chunked", "test.csv");
        chunked.BeginRow();

        Assert.Throws<InvalidOperationException>(() => chunked.Text("1"));
    }

    [Fact]
    public void EndRow_ThrowsInvalidOperationException_WhenAColumnIsMissing()
    {
        using var chunked = new DuckDbChunkAppender(_connection, "s", "chunked", "test.csv");
        chunked.BeginRow();
        chunked.Int(1);

        Assert.Throws<InvalidOperationException>(chunked.EndRow);
    }

    [Fact]
    public void Dispose_DiscardsTheRows_WhenTheAppenderWasNotClosed()
    {
        using (var chunked = new DuckDbChunkAppender(_connection, "s", "chunked", "test.csv"))
        {
            chunked.BeginRow();
            chunked.Int(1); chunked.Text("a"); chunked.Decimal(1m); chunked.Decimal(1m); chunked.Date(null); chunked.Long(1); chunked.Bool(true);
            chunked.EndRow();
        }

        Assert.Equal(0, Scalar("SELECT count(*) FROM s.chunked"));
    }

    [Fact]
    public void Constructor_ThrowsInfrastructureExceptionNamingTheFile_WhenTheTableDoesNotExist()
    {
        var refusal = Assert.Throws<InfrastructureException>(() => new DuckDbChunkAppender(_connection, "s", "absente", "dossiers.csv"));

        Assert.Contains("dossiers.csv", refusal.Message);
    }

    private static int? Number(int i) => i % 11 == 0 ? null : i - 2_500;
    private static decimal? Money(int i) => i % 7 == 0 ? null : decimal.Parse($"{i}.{i % 100:D2}", CultureInfo.InvariantCulture);
    private static DateOnly? Day(int i) => i % 13 == 0 ? null : new DateOnly(1900, 1, 1).AddDays(i * 17);
    private static long? Big(int i) => i % 17 == 0 ? null : (long)i * 1_000_000_007L - long.MaxValue / 2;
    private static bool? Flag(int i) => (i % 3) switch { 0 => null, 1 => true, _ => false };

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private List<string> Strings(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }

    public void Dispose() => _connection.Dispose();
}
