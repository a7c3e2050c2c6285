using Vacances.Reports.Rendering;

namespace Vacances.Reports.Tests.Rendering;

public class HtmlWriterTests
{
    [Fact]
    public void Encode_EscapesMarkupCharacters_WhenTextContainsThem() =>
        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;", HtmlWriter.Encode("<script>alert('x')</script> & \""));

    [Fact]
    public void Encode_KeepsFrenchText_WhenNothingNeedsEscaping() =>
        Assert.Equal("Ne rêvez plus, partez ! — 9\u202F300 départs", HtmlWriter.Encode("Ne rêvez plus, partez ! — 9\u202F300 départs"));

    [Fact]
    public void CssString_EscapesQuotesBackslashesAndAngleBrackets_WhenQuotingForContent() =>
        Assert.Equal("\"a \\\" b \\\\ \\3c /style\\3e \"", HtmlWriter.CssString("a \" b \\ </style>"));
}
