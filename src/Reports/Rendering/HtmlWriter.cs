using System.Text;

namespace Vacances.Reports.Rendering;

/// <summary>
/// Appends HTML to a buffer. Every piece of text goes through <see cref="Text"/>, which encodes the five
/// characters that matter in HTML (<c>&amp; &lt; &gt; " '</c>); markup written with <see cref="Raw"/> comes only
/// from the components, never from data.
/// </summary>
public sealed class HtmlWriter
{
    private readonly StringBuilder _buffer = new();

    /// <summary>Appends markup as is.</summary>
    public HtmlWriter Raw(string markup)
    {
        _buffer.Append(markup);
        return this;
    }

    /// <summary>Appends text, HTML-encoded.</summary>
    public HtmlWriter Text(string text)
    {
        _buffer.Append(Encode(text));
        return this;
    }

    /// <summary>Appends <c>&lt;tag class="…"&gt;text&lt;/tag&gt;</c> with the text encoded.</summary>
    public HtmlWriter Element(string tag, string? cssClass, string text)
    {
        _buffer.Append('<').Append(tag);
        if (!string.IsNullOrEmpty(cssClass)) _buffer.Append(" class=\"").Append(cssClass).Append('"');
        _buffer.Append('>').Append(Encode(text)).Append("</").Append(tag).Append(">\n");
        return this;
    }

    /// <summary>Encodes text for an HTML text node or a quoted attribute value.</summary>
    public static string Encode(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        return sb.ToString();
    }

    /// <summary>Quotes text as a CSS string literal (for <c>content:</c> in page margin boxes).</summary>
    public static string CssString(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c < ' ' || c == '<' || c == '>') sb.Append('\\').Append(((int)c).ToString("x")).Append(' ');
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    public override string ToString() => _buffer.ToString();
}
