using System.Text.RegularExpressions;

namespace Vacances.Web.Tests;

/// <summary>Signs a client in through the real login form (antiforgery token included).</summary>
public static partial class WebSession
{
    public static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string login, string password)
    {
        var page = await client.GetStringAsync("/connexion");
        var token = AntiforgeryField().Match(page);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [token.Groups[1].Value] = WebUtilityDecode(token.Groups[2].Value),
            ["login"] = login,
            ["password"] = password,
        });
        return await client.PostAsync("/connexion", form);
    }

    private static string WebUtilityDecode(string s) => System.Net.WebUtility.HtmlDecode(s);

    [GeneratedRegex("<input type=\"hidden\" name=\"(__RequestVerificationToken)\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
