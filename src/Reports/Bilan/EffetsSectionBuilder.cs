using Vacances.Analytics.Verbatims;
using Vacances.Reports.Catalogue;
using Vacances.Reports.Components;
using Vacances.Reports.Formatting;
using Vacances.Reports.Model;

namespace Vacances.Reports.Bilan;

/// <summary>
/// « Les effets utiles » (seed 001, « Clés de transfert »; DESIGN §7): the catalogue's <c>effets</c> indicators, then for
/// each register its French name and the two or three answers the classifier placed there with the most confidence.
/// </summary>
public static class EffetsSectionBuilder
{
    /// <summary>Examples shown per register.</summary>
    public const int ExamplesPerRegister = 3;

    public static ReportSection Build(ReportContext context)
    {
        var generic = CatalogueSectionBuilder.Build(context, "effets");
        var blocks = new List<IReportBlock>(generic.Blocks);
        var examples = Examples(context.Input.Verbatims);
        if (examples.Count > 0) blocks.Add(new SubHeading("Paroles de partants"));
        foreach (var (register, quotes) in examples)
        {
            blocks.Add(new Paragraph(CategoryLabels.Registers.GetValueOrDefault(register) ?? CategoryLabels.Humanise(register), "register-title"));
            blocks.AddRange(quotes.Select(q => new QuoteBlock(q.Text,
                "Réponse libre d'un partant — classée avec une confiance de " + FrenchFormat.Share(q.Confidence))));
        }
        return generic with { Blocks = blocks };
    }

    /// <summary>
    /// Per register (in seed 001's order, <c>autre</c> left out), the most confident answers, ties broken by id so the
    /// choice is stable; an answer that repeats, or is part of, one already quoted (several partants giving the same
    /// words, or the first sentences of a longer answer) is not quoted again.
    /// </summary>
    public static IReadOnlyList<(string Register, IReadOnlyList<ClassifiedVerbatim> Quotes)> Examples(IReadOnlyList<ClassifiedVerbatim> verbatims) =>
        CategoryLabels.Registers.Keys
            .Where(r => r != "autre")
            .Select(r => (Register: r, Quotes: Distinct(verbatims
                .Where(v => v.Register == r && v.Text.Trim().Length > 0)
                .OrderByDescending(v => v.Confidence)
                .ThenBy(v => v.Id, StringComparer.Ordinal))))
            .Where(x => x.Quotes.Count > 0)
            .ToList();

    private static IReadOnlyList<ClassifiedVerbatim> Distinct(IEnumerable<ClassifiedVerbatim> ordered)
    {
        var chosen = new List<ClassifiedVerbatim>();
        foreach (var candidate in ordered)
        {
            var text = candidate.Text.Trim();
            if (chosen.Any(c => c.Text.Contains(text, StringComparison.OrdinalIgnoreCase) || text.Contains(c.Text.Trim(), StringComparison.OrdinalIgnoreCase))) continue;
            chosen.Add(candidate);
            if (chosen.Count == ExamplesPerRegister) break;
        }
        return chosen;
    }
}
