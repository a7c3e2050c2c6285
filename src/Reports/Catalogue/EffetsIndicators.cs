using Vacances.Analytics.Indicators;
using Vacances.Analytics.Verbatims;

namespace Vacances.Reports.Catalogue;

/// <summary>
/// The share of verbatims per register of « effets utiles » (DESIGN §7, seed 001 « Clés de transfert »), as a catalogue
/// indicator: when the catalogue given to the reports has no <c>effets</c> indicator but classified verbatims exist,
/// <c>effets.part_verbatims</c> is derived from them (numerator: answers of the register; denominator: all classified
/// answers; factor 100), so that the effets section, like every other, shows catalogue values only.
/// </summary>
public static class EffetsIndicators
{
    public const string ShareId = "effets.part_verbatims";

    public static (IReadOnlyList<IndicatorDefinition> Definitions, IReadOnlyList<IndicatorValue> Values) Complete(
        IReadOnlyList<IndicatorDefinition> definitions,
        IReadOnlyList<IndicatorValue> values,
        IReadOnlyList<ClassifiedVerbatim> verbatims)
    {
        var hasEffets = definitions.Any(d => d.Section == "effets" && values.Any(v => v.IndicatorId == d.Id));
        if (hasEffets || verbatims.Count == 0) return (definitions, values);
        var definition = new IndicatorDefinition(
            ShareId,
            "Part des réponses libres par registre d'effets utiles",
            "effets",
            "réponses libres classées dans le registre",
            "réponses libres classées",
            100m,
            "%",
            ["registre"],
            ["survey/partants.verbatim"],
            "001, Clés de transfert — Au-delà de la simple distribution d'aides aux départs");
        var total = (decimal)verbatims.Count;
        var derived = new List<IndicatorValue>();
        foreach (var register in CategoryLabels.Registers.Keys)
        {
            var count = verbatims.Count(v => v.Register == register);
            derived.Add(new IndicatorValue(ShareId, "registre", register, count, total, Math.Round(count / total * 100m, 1), false));
        }
        return ([.. definitions, definition], [.. values, .. derived]);
    }
}
