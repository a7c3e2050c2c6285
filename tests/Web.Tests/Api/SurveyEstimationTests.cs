using System.Net;
using System.Text.Json;
using Vacances.Analytics.Survey;
using Vacances.Ingest.Model;

namespace Vacances.Web.Tests.Api;

/// <summary><c>GET /api/enquete/estimation</c> on <see cref="SampleResults"/>.</summary>
public sealed class SurveyEstimationTests(WebServerFixture web) : IClassFixture<WebServerFixture>
{
    [Fact]
    public async Task Estimation_AnswersTheEstimatorsJson_WhenCalibratedOnThePublishedMargins()
    {
        var client = await web.ClientAsync("token:researcher");

        var body = await client.GetStringAsync("/api/enquete/estimation?question=decouverte_droits_vacances&value=oui&calibrate=dispositif");

        var results = SampleResults.Build();
        var table = new SurveyTable(results.Partants.Columns, results.Partants.Rows);
        var margins = new PopulationMargins(results.Margins.Select(m => new MarginCount(m.Variable, m.Category, (double)m.Count)));
        var expected = SurveyEstimator.Proportion(table, SurveyEstimator.Weigh(table, margins, ["dispositif"]),
            new EstimateRequest("decouverte_droits_vacances", "oui", [], 0.95));
        Assert.Equal(ProportionEstimateJson.Write(expected), body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(["question", "value", "n", "estimate", "se", "ci_low", "ci_high", "ci_logit_low", "ci_logit_high", "level"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("question=inconnue&value=oui", "question « inconnue » inconnue")]
    [InlineData("question=decouverte_droits_vacances&value=oui&calibrate=pcs", "estimation impossible")]
    [InlineData("question=decouverte_droits_vacances&value=oui&level=2", "niveau de confiance")]
    public async Task Estimation_AnswersAFrench400_WhenTheRequestCannotBeEstimated(string query, string message)
    {
        var client = await web.ClientAsync("token:researcher");

        using var response = await client.GetAsync("/api/enquete/estimation?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
