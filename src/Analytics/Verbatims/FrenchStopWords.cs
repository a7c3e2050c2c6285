namespace Vacances.Analytics.Verbatims;

/// <summary>
/// French function words dropped before featurisation, written accent-free and lowercase (the form
/// <see cref="TextNormalizer"/> produces), including the elided forms left alone by splitting on apostrophes
/// (<c>j'ai</c> → <c>j</c>, <c>ai</c>). Negations (<c>pas</c>, <c>jamais</c>, <c>rien</c>) are kept on purpose:
/// « je savais pas » is the strongest cue of the rights register.
/// </summary>
internal static class FrenchStopWords
{
    public static IReadOnlySet<string> Words { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "au", "aux", "avec", "c", "ca", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "elle",
        "elles", "en", "et", "etait", "etais", "ete", "est", "eu", "il", "ils", "j", "je", "l", "la", "le", "les",
        "leur", "leurs", "lui", "m", "ma", "me", "mes", "moi", "mon", "n", "ne", "nos", "notre", "nous", "on", "ou",
        "par", "qu", "que", "qui", "s", "sa", "se", "ses", "son", "sur", "t", "ta", "te", "tes", "toi", "ton", "tu",
        "un", "une", "vos", "votre", "vous", "y", "ai", "as", "avons", "avez", "ont", "suis", "es", "sont", "sommes",
        "etes", "etre", "avoir", "avait", "avais", "aussi", "donc", "car", "or", "ni", "mais", "si", "tout", "tous",
        "toute", "toutes", "cela", "ceux", "celle", "celui", "dont", "pour", "chez", "vers", "entre", "comme",
    };
}
