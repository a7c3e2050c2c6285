using System.Globalization;
using System.Text;

namespace Vacances.Reports.Output;

/// <summary>File-name slugs: lower case ASCII letters, digits and hyphens (« Éleu-dit-Leauwette » → <c>eleu-dit-leauwette</c>).</summary>
public static class Slug
{
    public static string Of(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(lower)) sb.Append(lower);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}
