using System.Text.Json;

namespace Vacances.Analytics.Survey;

/// <summary>
/// The estimate JSON of DESIGN §6, shared by <c>vacances survey estimate</c> and <c>GET /api/enquete/estimation</c>:
/// <c>{question,value,n,estimate,se,ci_low,ci_high,ci_logit_low,ci_logit_high,level}</c> in that order, numbers in
/// invariant culture with round-trip precision.
/// </summary>
public static class ProportionEstimateJson
{
    public static string Write(ProportionEstimate estimate)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("question", estimate.Question);
            json.WriteString("value", estimate.Value);
            json.WriteNumber("n", estimate.N);
            json.WriteNumber("estimate", estimate.Estimate);
            json.WriteNumber("se", estimate.Se);
            json.WriteNumber("ci_low", estimate.CiLow);
            json.WriteNumber("ci_high", estimate.CiHigh);
            json.WriteNumber("ci_logit_low", estimate.CiLogitLow);
            json.WriteNumber("ci_logit_high", estimate.CiLogitHigh);
            json.WriteNumber("level", estimate.Level);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
