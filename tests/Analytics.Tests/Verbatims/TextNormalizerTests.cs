using Vacances.Analytics.Verbatims;

namespace Vacances.Analytics.Tests.Verbatims;

public class TextNormalizerTests
{
    [Fact]
    public void Normalize_LowercasesRemovesAccentsAndStopWords_WhenGivenOralFrench()
    {
        Assert.Equal("savais pas droit cheques vacances", TextNormalizer.Normalize("J'savais pas que j'avais droit aux Chèques-Vacances !"));
    }

    [Fact]
    public void Normalize_FoldsLigaturesAndTypographicApostrophes_WhenPresent()
    {
        Assert.Equal("coeur ccas", TextNormalizer.Normalize("Le cœur du CCAS"));
        Assert.Equal("ose demander", TextNormalizer.Normalize("J’ai osé demander"));
    }

    [Fact]
    public void Normalize_ReturnsEmpty_WhenOnlyPunctuationAndStopWords()
    {
        Assert.Equal("", TextNormalizer.Normalize(" ... et le, la ! "));
    }
}
