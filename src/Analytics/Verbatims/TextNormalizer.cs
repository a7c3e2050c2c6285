using System.Globalization;
using System.Text;

namespace Vacances.Analytics.Verbatims;

/// <summary>
/// Normalises a free-text answer before featurisation (DESIGN §7): lowercase, accents removed (« é » → « e »,
/// « œ » → « oe »), every character other than a letter or a digit turned into a separator (apostrophes
/// included, so « j'ai » and « jai » end up close), French stop words dropped (<see cref="FrenchStopWords"/>).
/// The result is the tokens joined by single spaces. Pure and culture-independent.
/// </summary>
public static class TextNormalizer
{
    /// <summary>The normalised form of <paramref name="text"/>; empty when nothing but stop words remains.</summary>
    public static string Normalize(string text) => string.Join(' ', Tokens(text));

    /// <summary>The normalised tokens of <paramref name="text"/>, stop words removed, in order.</summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        var folded = FoldAccents(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
                continue;
            }
            Flush(current, tokens);
        }
        Flush(current, tokens);
        return tokens;
    }

    private static void Flush(StringBuilder current, List<string> tokens)
    {
        if (current.Length == 0) return;
        var token = current.ToString();
        current.Clear();
        if (!FrenchStopWords.Words.Contains(token)) tokens.Add(token);
    }

    private static string FoldAccents(string text)
    {
        var lower = text.ToLowerInvariant().Replace("œ", "oe", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal);
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
