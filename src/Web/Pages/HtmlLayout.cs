using System.Net;
using System.Text;

namespace Vacances.Web.Pages;

/// <summary>
/// The French page shell shared by the login page and the dashboard: one stylesheet, no script (the CSP forbids
/// inline script, and the pages need none), a skip link and landmarks for keyboard and screen-reader users.
/// </summary>
public static class HtmlLayout
{
    public static string Page(string title, string body, string? userLine = null)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(E(title)).Append(" — Vacances.Analytics</title>\n")
          .Append("<link rel=\"stylesheet\" href=\"/static/site.css\">\n</head>\n<body>\n")
          .Append("<a class=\"skip\" href=\"#contenu\">Aller au contenu</a>\n")
          .Append("<header class=\"top\"><span class=\"brand\">Vacances.Analytics</span>");
        if (userLine is not null) sb.Append(userLine);
        sb.Append("</header>\n<main id=\"contenu\">\n").Append(body).Append("\n</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>HTML-encodes a text for element content or a quoted attribute.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
