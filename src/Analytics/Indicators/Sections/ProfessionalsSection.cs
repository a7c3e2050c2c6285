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

    /// <summary>Reads <c>professionals.csv</c> and the participant count only, not the shared dossier facts.</summary>
    public bool ReadsOperationFacts => false;

    public IEnumerable<IndicatorCell> Compute(IndicatorContext context)
    {
        // Professionals, roles, communes and months coded once per row; the distinct professionals of a group are a
        // set of codes, not of strings.
        var pros = new CategoryCodes();
        var total = new Hours();
        Groups roles = new(), communes = new(), months = new();
        var groups = new Dictionary<string, Groups>(StringComparer.Ordinal)
        {
            [Dim.Role] = roles, [Dim.Commune] = communes, [Dim.Mois] = months,
        };
        var monthCodes = new Dictionary<DateOnly, int>();
        foreach (var row in context.Inputs.Data.Professionals)
        {
            var pro = pros.CodeOf(row.ProId);
            total.Add(pro, row.HoursDirect, row.HoursTotal);
            roles.Add(roles.Categories.CodeOf(row.Role), pro, row.HoursDirect, row.HoursTotal);
            communes.Add(communes.Categories.CodeOf(row.CommuneInsee), pro, row.HoursDirect, row.HoursTotal);
            if (!monthCodes.TryGetValue(row.Month, out var month))
                monthCodes[row.Month] = month = months.Categories.CodeOf(row.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            months.Add(month, pro, row.HoursDirect, row.HoursTotal);
        }
        long departures = context.Inputs.Data.Participants.Count;

        foreach (var def in Definitions)
        {
            yield return Cell(def, Dim.Total, "", total, departures);
            foreach (var dimension in def.Dimensions)
            {
                var group = groups[dimension];
                foreach (var code in group.Categories.InOrdinalOrder())
                    yield return Cell(def, dimension, group.Categories[code], group.Hours[code], departures);
            }
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

    /// <summary>The hours of each category of one dimension, by category code.</summary>
    private sealed class Groups
    {
        public CategoryCodes Categories { get; } = new();
        public List<Hours> Hours { get; } = [];

        public void Add(int category, int pro, decimal direct, decimal total)
        {
            if (category == Hours.Count) Hours.Add(new Hours());
            Hours[category].Add(pro, direct, total);
        }
    }

    private sealed class Hours
    {
        public decimal Direct;
        public decimal Total;
        public HashSet<int> Pros { get; } = [];

        public void Add(int pro, decimal direct, decimal total)
        {
            Pros.Add(pro);
            Direct += direct;
            Total += total;
        }
    }
}
