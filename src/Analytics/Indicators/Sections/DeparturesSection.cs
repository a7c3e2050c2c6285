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
        long persons = facts.Participants.Count, nights = 0;
        for (var i = 0; i < facts.Participants.Count; i++)
            if (facts.ParticipantDossier[i] >= 0) nights += facts.Dossiers[facts.ParticipantDossier[i]].Nights;

        var byDimension = Dimensions.ToDictionary(d => d, d => GroupSums(facts, d), StringComparer.Ordinal);
        foreach (var def in Definitions)
        {
            yield return Cell(def, Total, "", facts.Dossiers.Count, persons, nights);
            foreach (var dimension in Dimensions)
                foreach (var (category, sums) in byDimension[dimension])
                    yield return Cell(def, dimension, category, sums.Dossiers, sums.Persons, sums.Nights);
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
    /// over the dossiers summing into a hash table, sorted once at the end (a million dossiers, a few hundred
    /// categories).
    /// </summary>
    private static SortedDictionary<string, (long Dossiers, long Persons, long Nights)> GroupSums(OperationFacts facts, string dimension)
    {
        var categories = facts.CategoriesOf(dimension);
        var sums = new Dictionary<string, (long Dossiers, long Persons, long Nights)>(StringComparer.Ordinal);
        for (var i = 0; i < categories.Length; i++)
        {
            var persons = (long)facts.ParticipantCount[i];
            var (dossiers, personTotal, nights) = sums.GetValueOrDefault(categories[i]);
            sums[categories[i]] = (dossiers + 1, personTotal + persons, nights + facts.Dossiers[i].Nights * persons);
        }
        return new SortedDictionary<string, (long, long, long)>(sums, StringComparer.Ordinal);
    }
}
