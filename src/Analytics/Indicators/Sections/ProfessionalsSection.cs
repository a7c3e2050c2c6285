using System.Globalization;
using Dim = Vacances.Analytics.Indicators.IndicatorDimensions;

namespace Vacances.Analytics.Indicators.Sections;

/// <summary>
/// Section <c>pros</c> (DESIGN §5, seed 001 « Créer les conditions favorables à l'engagement professionnel »: 61 h of
/// direct accompaniment and 109 h of total involvement per professional, February to June). Means divide the hours
/// of <c>professionals.csv</c> by the number of distinct <c>pro_id</c>; by role (or commune), by the distinct
/// <c>pro_id</c> with rows of that role (or commune).
/// </summary>
public sealed class ProfessionalsSection : IIndicatorSection
{
    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        CoreIndicators.ProsProfessionnels, CoreIndicators.ProsHeuresDirectesMoyenne, CoreIndicators.ProsHeuresTotalesMoyenne,
        CoreIndicators.ProsPartHeuresDirectes, CoreIndicators.ProsHeuresDirectesParDepart, CoreIndicators.ProsHeuresTotalesParDepart,
        CoreIndicators.ProsHeuresDirectes, CoreIndicators.ProsHeuresTotales,
    ];

    public IEnumerable<IndicatorCell> Compute(IndicatorContext context)
    {
        var total = new Hours();
        var groups = new Dictionary<string, SortedDictionary<string, Hours>>(StringComparer.Ordinal)
        {
            [Dim.Role] = new(StringComparer.Ordinal),
            [Dim.Commune] = new(StringComparer.Ordinal),
            [Dim.Mois] = new(StringComparer.Ordinal),
        };
        foreach (var row in context.Inputs.Data.Professionals)
        {
            total.Add(row.ProId, row.HoursDirect, row.HoursTotal);
            Group(groups[Dim.Role], row.Role).Add(row.ProId, row.HoursDirect, row.HoursTotal);
            Group(groups[Dim.Commune], row.CommuneInsee).Add(row.ProId, row.HoursDirect, row.HoursTotal);
            Group(groups[Dim.Mois], row.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture))
                .Add(row.ProId, row.HoursDirect, row.HoursTotal);
        }
        long departures = context.Inputs.Data.Participants.Count;

        foreach (var def in Definitions)
        {
            yield return Cell(def, Dim.Total, "", total, departures);
            foreach (var dimension in def.Dimensions)
                foreach (var (category, hours) in groups[dimension])
                    yield return Cell(def, dimension, category, hours, departures);
        }
    }

    private static IndicatorCell Cell(IndicatorDefinition def, string dimension, string category, Hours h, long departures)
    {
        long pros = h.Pros.Count;
        return def.Id switch
        {
            "pros.professionnels" => Cells.Amount(def, dimension, category, pros, pros),
            "pros.heures_directes_moyenne" => Cells.Ratio(def, dimension, category, h.Direct, pros, pros, pros),
            "pros.heures_totales_moyenne" => Cells.Ratio(def, dimension, category, h.Total, pros, pros, pros),
            "pros.part_heures_directes" => Cells.Ratio(def, dimension, category, h.Direct, h.Total, pros, null),
            "pros.heures_directes_par_depart" => Cells.Ratio(def, dimension, category, h.Direct, departures, pros, departures),
            "pros.heures_totales_par_depart" => Cells.Ratio(def, dimension, category, h.Total, departures, pros, departures),
            "pros.heures_directes" => Cells.Amount(def, dimension, category, h.Direct, pros),
            "pros.heures_totales" => Cells.Amount(def, dimension, category, h.Total, pros),
            _ => throw new InvalidOperationException($"Indicateur {def.Id} inconnu de la section pros."),
        };
    }

    private static Hours Group(SortedDictionary<string, Hours> groups, string category)
    {
        if (!groups.TryGetValue(category, out var hours)) groups[category] = hours = new Hours();
        return hours;
    }

    private sealed class Hours
    {
        public decimal Direct;
        public decimal Total;
        public HashSet<string> Pros { get; } = new(StringComparer.Ordinal);

        public void Add(string pro, decimal direct, decimal total)
        {
            Pros.Add(pro);
            Direct += direct;
            Total += total;
        }
    }
}
