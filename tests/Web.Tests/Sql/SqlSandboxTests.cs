using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Vacances.Web.Tests.Sql;

/// <summary>
/// The researcher SQL sandbox through <c>POST /api/sql</c>: only one SELECT over the researcher views; DDL, DML,
/// other schemas, system catalogues, files, programs refused; long queries interrupted; large results capped.
/// </summary>
public sealed class SqlSandboxTests(WebServerFixture web) : IClassFixture<WebServerFixture>
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> RunAsync(string sql)
    {
        var client = await web.ClientAsync("token:researcher");
        using var response = await client.PostAsJsonAsync("/api/sql", new { sql });
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    public async Task Select_ReturnsColumnsAndRows_OverAResearcherView()
    {
        var (status, body) = await RunAsync(
            "SELECT dispositif, count(*) AS n FROM reponses_partants GROUP BY dispositif ORDER BY dispositif");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["dispositif", "n"], body.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToArray());
        var rows = body.GetProperty("rows").EnumerateArray().Select(r => $"{r[0].GetString()}={r[1].GetInt64()}").ToArray();
        Assert.Equal(["bsv=10", "individuel=30"], rows);
    }

    [Fact]
    public async Task Cte_IsAllowed_WhenItReadsResearcherViews()
    {
        var (status, body) = await RunAsync(
            "WITH o AS (SELECT * FROM reponses_partants WHERE decouverte_droits_vacances = 'oui') SELECT count(*) FROM o");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(16, body.GetProperty("rows")[0][0].GetInt64());
    }

    [Theory]
    [InlineData("CREATE TABLE x (a INT)")]
    [InlineData("DROP TABLE reponses_partants")]
    [InlineData("INSERT INTO reponses_partants (response_id) VALUES ('x')")]
    [InlineData("UPDATE reponses_partants SET dispositif = 'x'")]
    [InlineData("DELETE FROM reponses_partants")]
    [InlineData("ATTACH 'autre.db' AS autre")]
    [InlineData("SET enable_external_access = true")]
    [InlineData("INSTALL httpfs")]
    [InlineData("COPY reponses_partants TO '/tmp/fuite.csv'")]
    [InlineData("COPY (SELECT 1) TO PROGRAM 'id'")]
    [InlineData("SELECT 1; DROP TABLE reponses_partants")]
    [InlineData("SELECT * FROM information_schema.tables")]
    [InlineData("SELECT * FROM pg_catalog.pg_class")]
    [InlineData("SELECT * FROM duckdb_tables()")]
    [InlineData("SELECT * FROM duckdb_settings()")]
    [InlineData("SELECT current_setting('threads')")]
    [InlineData("SELECT * FROM read_csv('/etc/passwd')")]
    [InlineData("SELECT * FROM '/etc/passwd'")]
    [InlineData("SELECT * FROM range(1000000000)")]
    [InlineData("SELECT * FROM query('SELECT 1')")]
    [InlineData("SELECT * FROM main.web_users")]
    [InlineData("SELECT * FROM autre.reponses_partants")]
    public async Task Statement_IsRefused_WhenNotAPlainSelectOverResearcherViews(string sql)
    {
        var (status, body) = await RunAsync(sql);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("Requête", body.GetProperty("erreur").GetString());
    }

    [Fact]
    public async Task LongQuery_IsInterrupted_AfterTheStatementTimeout()
    {
        var started = DateTime.UtcNow;
        var (status, body) = await RunAsync(
            "SELECT count(*) FROM reponses_partants a, reponses_partants b, reponses_partants c, reponses_partants d, reponses_partants e, reponses_partants f, reponses_partants g");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("délai", body.GetProperty("erreur").GetString());
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task HugeResult_IsCappedAtTheRowCap()
    {
        var (status, body) = await RunAsync("SELECT a.response_id, b.response_id FROM reponses_partants a, reponses_partants b");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(500, body.GetProperty("rows").GetArrayLength());
        Assert.True(body.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task SyntaxError_GivesAFrenchMessage_WithoutServerDetails()
    {
        var (status, body) = await RunAsync("SELEC nimporte");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.DoesNotContain("   at ", body.GetProperty("erreur").GetString());
    }
}
