namespace Vacances.Analytics.Verbatims;

/// <summary>
/// Per-register summary of the survey's free-text answers for the bilan (issue 5 item 5, issue 6 item 4
/// « effets utiles (registers, example verbatims) »): the six registers in canonical order, each with its count,
/// its share, and up to <c>examples</c> answers to quote, chosen by the model's confidence. Blank answers are
/// not verbatims and are left out of counts and shares. Pure: same input, same output.
/// </summary>
public static class VerbatimSummary
{
    /// <summary>An answer shorter than this many words is quoted only when no longer answer is available.</summary>
    public const int MinimumQuotedWords = 5;

    /// <summary>Classifies <paramref name="answers"/> with <paramref name="classifier"/> and summarises them.</summary>
    public static IReadOnlyList<RegisterSummary> Build(
        IReadOnlyList<VerbatimAnswer> answers, VerbatimClassifier classifier, int examples = 3)
    {
        var nonBlank = answers.Where(a => !string.IsNullOrWhiteSpace(a.Text)).ToList();
        return Summarize(classifier.Classify(nonBlank), examples);
    }

    /// <summary>
    /// Summarises already classified answers. Examples are the most confident answers of the register with at
    /// least <see cref="MinimumQuotedWords"/> words (a three-word answer illustrates little), completed by shorter
    /// ones if needed; ties are broken by id so the choice is stable.
    /// </summary>
    public static IReadOnlyList<RegisterSummary> Summarize(IReadOnlyList<ClassifiedVerbatim> classified, int examples = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(examples);
        var answers = classified.Where(c => !string.IsNullOrWhiteSpace(c.Text)).ToList();
        var total = answers.Count;
        return VerbatimRegisters.All.Select(register =>
        {
            var members = answers.Where(c => c.Register == register).ToList();
            var chosen = members
                .OrderByDescending(c => WordCount(c.Text) >= MinimumQuotedWords)
                .ThenByDescending(c => c.Confidence)
                .ThenBy(c => c.Id, StringComparer.Ordinal)
                .Take(examples)
                .ToList();
            var share = total == 0 ? 0 : (double)members.Count / total;
            return new RegisterSummary(register, VerbatimRegisters.FrenchLabel(register), members.Count, share, chosen);
        }).ToList();
    }

    private static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
