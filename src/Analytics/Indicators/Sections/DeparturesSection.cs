using Microsoft.Data.Analysis;
using static Vacances.Analytics.Indicators.IndicatorDimensions;

namespace Vacances.Analytics.Indicators.Sections;

/// <summary>
/// Section <c>departs</c> (DESIGN §5): dossiers, persons and nights, overall and by commune, dispositif, month of
/// the stay's first day and destination. The breakdowns are group-by sums over a one-row-per-dossier
/// <see cref="DataFrame"/> (persons and person-nights of each dossier), so a dossier without participants still
/// counts as a dossier.
/// </summary>
public sealed class DeparturesSection : IIndicatorSection
{
    private const string DossiersColumn = "dossiers";
    private const string PersonsColumn = "personnes";
    private const string NightsColumn = "nuitees";

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

    /// <summary>Dossiers, persons and person-nights per category of one dimension, categories in ordinal order.</summary>
    private static SortedDictionary<string, (long Dossiers, long Persons, long Nights)> GroupSums(OperationFacts facts, string dimension)
    {
        var result = new SortedDictionary<string, (long, long, long)>(StringComparer.Ordinal);
        if (facts.Dossiers.Count == 0) return result;

        var frame = new DataFrame(
            new StringDataFrameColumn(dimension, facts.CategoriesOf(dimension)),
            new PrimitiveDataFrameColumn<long>(DossiersColumn, Enumerable.Repeat(1L, facts.Dossiers.Count)),
            new PrimitiveDataFrameColumn<long>(PersonsColumn, facts.ParticipantCount.Select(c => (long)c)),
            new PrimitiveDataFrameColumn<long>(NightsColumn, facts.Dossiers.Select((d, i) => (long)d.Nights * facts.ParticipantCount[i])));
        var sums = frame.GroupBy<string>(dimension).Sum(DossiersColumn, PersonsColumn, NightsColumn);

        var keys = sums.Columns[dimension];
        var dossiers = (PrimitiveDataFrameColumn<long>)sums.Columns[DossiersColumn];
        var persons = (PrimitiveDataFrameColumn<long>)sums.Columns[PersonsColumn];
        var nights = (PrimitiveDataFrameColumn<long>)sums.Columns[NightsColumn];
        for (long row = 0; row < sums.Rows.Count; row++)
            result[(string)keys[row]] = (dossiers[row] ?? 0, persons[row] ?? 0, nights[row] ?? 0);
        return result;
    }
}
