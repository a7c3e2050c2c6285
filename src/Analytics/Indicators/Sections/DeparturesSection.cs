using System.Runtime.CompilerServices;
using static Vacances.Analytics.Indicators.IndicatorDimensions;

namespace Vacances.Analytics.Indicators.Sections;

/// <summary>
/// Section <c>departs</c> (DESIGN §5): dossiers, persons and nights, overall and by commune, dispositif, month of
/// the stay's first day and destination. The breakdowns are group-by sums over the dossiers (persons and
/// person-nights of each dossier), so a dossier without participants still counts as a dossier.
/// </summary>
public sealed class DeparturesSection : IIndicatorSection
{
    private static readonly string[] Dimensions = [Commune, Dispositif, Mois, Destination];

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
        [CoreIndicators.DepartsDossiers, CoreIndicators.DepartsPersonnes, CoreIndicators.DepartsNuitees, CoreIndicators.DepartsDureeMoyenne];

    public IEnumerable<IndicatorCell> Compute(IndicatorContext context)
    {
        var facts = context.Facts;
        long persons = facts.ParticipantTotal, nights = 0;
        for (var di = 0; di < facts.DossierCount; di++) nights += (long)facts.Nights[di] * facts.ParticipantCount[di];

        var byDimension = Dimensions.Select(d => GroupSums(facts, facts.ColumnOf(d))).ToArray();
        foreach (var def in Definitions)
        {
            yield return Cell(def, Total, "", facts.DossierCount, persons, nights);
            for (var d = 0; d < Dimensions.Length; d++)
                foreach (var (category, sums) in byDimension[d])
                    yield return Cell(def, Dimensions[d], category, sums.Dossiers, sums.Persons, sums.Nights);
        }
    }

    private static IndicatorCell Cell(IndicatorDefinition def, string dimension, string category, long dossiers, long persons, long nights) =>
        def.Id switch
        {
            "departs.dossiers" => Cells.Amount(def, dimension, category, dossiers, dossiers),
            "departs.personnes" => Cells.Amount(def, dimension, category, persons, persons),
            "departs.nuitees" => Cells.Amount(def, dimension, category, nights, persons),
            _ => Cells.Ratio(def, dimension, category, nights, persons, persons, persons),
        };

    /// <summary>
    /// Dossiers, persons and person-nights per category of one dimension, categories in ordinal order: one pass
    /// over the dossiers summing into arrays indexed by category code, ordered once at the end (a million dossiers,
    /// a few hundred categories). Every category of a departure column has at least one dossier.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(string Category, (long Dossiers, long Persons, long Nights) Sums)> GroupSums(OperationFacts facts, CategoryColumn column)
    {
        var sums = new (long Dossiers, long Persons, long Nights)[column.Categories.Count];
        for (var di = 0; di < column.Codes.Length; di++)
        {
            ref var s = ref sums[column.Codes[di]];
            long persons = facts.ParticipantCount[di];
            s.Dossiers++;
            s.Persons += persons;
            s.Nights += facts.Nights[di] * persons;
        }
        return [.. column.Categories.InOrdinalOrder().Select(code => (column.Categories[code], sums[code]))];
    }
}
