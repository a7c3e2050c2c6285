using System.Net.Http.Json;
using System.Text.Json;

namespace Vacances.Web.Tests.Api;

/// <summary>What each role sees of the data: own flows for a funder, suppression for non-staff.</summary>
public sealed class DataScopeTests(WebServerFixture web) : IClassFixture<WebServerFixture>
{
    [Theory]
    [InlineData("funder:ancv", new[] { "ancv" })]
    [InlineData("funder:caf62", new[] { "caf62" })]
    [InlineData("staff", new[] { "ancv", "caf62", "commune:62065" })]
    [InlineData("admin", new[] { "ancv", "caf62", "commune:62065" })]
    public async Task Flows_ContainOnlyTheCallersScope(string caller, string[] funders)
    {
        var client = await web.ClientAsync(caller);
        var rows = await client.GetFromJsonAsync<JsonElement[]>("/api/flux");
        Assert.Equal(funders, rows!.Select(r => r.GetProperty("funder").GetString()).Distinct().Order().ToArray());
    }

    [Fact]
    public async Task FlowsCsv_HasTheContractColumns_ForAFunder()
    {
        var client = await web.ClientAsync("funder:caf62");
        var csv = await client.GetStringAsync("/api/flux?format=csv");
        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal("funder;programme;commune_insee;dispositif;amount_eur;estimated", lines[0]);
        Assert.Equal(["caf62;caf62.vacaf;62065;individuel;8500;false"], lines[1..]);
    }

    [Theory]
    [InlineData("funder:ancv", true)]
    [InlineData("token:researcher", true)]
    [InlineData("staff", false)]
    public async Task Indicators_AreSuppressed_ForNonStaff(string caller, bool suppressed)
    {
        var client = await web.ClientAsync(caller);
        var rows = await client.GetFromJsonAsync<JsonElement[]>("/api/indicateurs");
        var small = rows!.Single(r => r.GetProperty("category").GetString() == "62570");
        Assert.Equal(suppressed, small.GetProperty("suppressed").GetBoolean());
        Assert.Equal(suppressed, small.GetProperty("value").ValueKind == JsonValueKind.Null);
        Assert.Equal(suppressed, small.GetProperty("numerator").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task SurveyResponses_ArePseudonymisedMicrodata_InJsonCsvAndParquet()
    {
        var client = await web.ClientAsync("token:researcher");
        var json = await client.GetFromJsonAsync<JsonElement[]>("/api/enquete/reponses");
        Assert.Equal(40, json!.Length);
        Assert.False(json[0].TryGetProperty("commune_insee", out _));
        var csv = await client.GetStringAsync("/api/enquete/reponses?format=csv");
        Assert.StartsWith("response_id;groupe_communes;dispositif;decouverte_droits_vacances\n", csv);
        var parquet = await client.GetByteArrayAsync("/api/enquete/reponses?format=parquet");
        Assert.Equal("PAR1"u8.ToArray(), parquet[..4]);
    }

    [Fact]
    public async Task OpenApi_DescribesTheApiRoutesOnly()
    {
        using var client = web.NewClient();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToArray();
        Assert.Equal(["/api/enquete/estimation", "/api/enquete/reponses", "/api/flux", "/api/indicateurs", "/api/sql"], paths);
    }
}
