using System.Globalization;
using System.Runtime.CompilerServices;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Indicators;

/// <summary>
/// The columns of the dossiers and participants that several sections read, extracted once, in one pass over each
/// file's rows, into typed arrays (issue 9): each row object is visited once instead of once per section, the
/// dossier dimensions are coded (<see cref="CategoryColumn"/>) so that no section hashes a string per row, and
/// nothing here is an object per row — at 10 000 000 dossiers the model alone fills most of the memory. A dossier id
/// repeated in the file counts once (the first row). Built once per computation (<see cref="IndicatorContext"/>),
/// read-only afterwards, so the sections computed concurrently share it without locks.
/// </summary>
internal sealed class OperationFacts
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public OperationFacts(OperationData data)
    {
        // One pass over the dossier rows: each is visited once, its id hashed once (to drop repeated ids).
        var rows = data.Dossiers;
        var index = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        var ids = new string[rows.Count];
        var starts = new DateOnly[rows.Count];
        var couples = new bool?[rows.Count];
        var nights = new int[rows.Count];
        var qfAbove = new bool[rows.Count];
        var commune = new ColumnBuilder(rows.Count);
        var dispositif = new ColumnBuilder(rows.Count);
        var month = new ColumnBuilder(rows.Count);
        var destination = new ColumnBuilder(rows.Count);
        var qfBand = new ColumnBuilder(rows.Count);
        var months = new Dictionary<int, int>();
        var di = 0;
        for (var row = 0; row < rows.Count; row++)
        {
            var d = rows[row];
            if (!index.TryAdd(d.DossierId, di)) continue;
            ids[di] = d.DossierId;
            starts[di] = d.StartDate;
            couples[di] = d.Couple;
            nights[di] = d.Nights;
            commune.Codes[di] = commune.Categories.CodeOf(d.CommuneInsee);
            dispositif.Codes[di] = dispositif.Categories.CodeOf(CanonicalCodes.Dispositif.ToCode(d.Dispositif));
            // One string per distinct month, not one per dossier.
            var key = d.StartDate.Year * 12 + d.StartDate.Month;
            if (!months.TryGetValue(key, out var monthCode))
                months[key] = monthCode = month.Categories.CodeOf(d.StartDate.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            month.Codes[di] = monthCode;
            destination.Codes[di] = destination.Categories.CodeOf(DestinationOf(d));
            qfBand.Codes[di] = d.QfEur is { } qf ? qfBand.Categories.CodeOf(QfBands.Of(qf)) : -1;
            qfAbove[di] = d.QfEur is { } known && Invisibles.IsAboveSocialAidThreshold(known);
            di++;
        }
        DossierCount = di;
        Nights = Trim(nights, DossierCount);
        QfAboveSocialAidCeiling = Trim(qfAbove, DossierCount);
        Commune = commune.Build(IndicatorDimensions.Commune, DossierCount);
        Dispositif = dispositif.Build(IndicatorDimensions.Dispositif, DossierCount);
        Month = month.Build(IndicatorDimensions.Mois, DossierCount);
        Destination = destination.Build(IndicatorDimensions.Destination, DossierCount);
        QfBand = qfBand.Build(IndicatorDimensions.TrancheQf, DossierCount);

        var participants = data.Participants;
        ParticipantTotal = participants.Count;
        ParticipantDossier = new int[participants.Count];
        Traits = new ParticipantTraits[participants.Count];
        ParticipantCount = new int[DossierCount];
        var adults = new int[DossierCount];
        var children = new int[DossierCount];
        var previous = -1;
        for (var i = 0; i < participants.Count; i++)
        {
            var p = participants[i];
            var of = DossierOf(p.DossierId, previous, ids, DossierCount, index);
            ParticipantDossier[i] = of;
            if (of < 0)
            {
                Traits[i] = new ParticipantTraits(false, p.Pcs, p.FirstDeparture);
                continue;
            }
            previous = of;
            Traits[i] = new ParticipantTraits(p.AgeOn(starts[of]) is >= 18, p.Pcs, p.FirstDeparture);
            ParticipantCount[of]++;
            if (p.Role == ParticipantRole.Adult) adults[of]++;
            else if (p.Role == ParticipantRole.Child) children[of]++;
        }

        var householdType = new ColumnBuilder(DossierCount);
        for (var k = 0; k < DossierCount; k++)
            householdType.Codes[k] = householdType.Categories.CodeOf(HouseholdTypes.Of(adults[k], children[k], couples[k]));
        HouseholdType = householdType.Build(IndicatorDimensions.TypeMenage, DossierCount);
    }

    /// <summary>Distinct dossiers (first row of each id).</summary>
    public int DossierCount { get; }

    /// <summary>Every participant row, with or without a known dossier.</summary>
    public int ParticipantTotal { get; }

    /// <summary>Index of each participant's dossier, -1 when the dossier is unknown.</summary>
    public int[] ParticipantDossier { get; }

    /// <summary>Adult on the stay's first day, PCS and first departure of each participant.</summary>
    public ParticipantTraits[] Traits { get; }

    /// <summary>Participants per dossier (all roles).</summary>
    public int[] ParticipantCount { get; }

    /// <summary>Nights of each dossier's stay (I-03).</summary>
    public int[] Nights { get; }

    /// <summary>Residence commune (INSEE code) of each dossier.</summary>
    public CategoryColumn Commune { get; }

    /// <summary>Dispositif code of each dossier.</summary>
    public CategoryColumn Dispositif { get; }

    /// <summary><c>yyyy-MM</c> of each stay's first day.</summary>
    public CategoryColumn Month { get; }

    /// <summary>Destination of each dossier (<see cref="DestinationOf"/>).</summary>
    public CategoryColumn Destination { get; }

    /// <summary>QF band of each dossier (<see cref="QfBands"/>), -1 when its QF is unknown.</summary>
    public CategoryColumn QfBand { get; }

    /// <summary>The dossier's QF is known and above the CAF holiday aid ceiling (<see cref="Invisibles"/>).</summary>
    public bool[] QfAboveSocialAidCeiling { get; }

    /// <summary>Household type of each dossier (<see cref="HouseholdTypes"/>).</summary>
    public CategoryColumn HouseholdType { get; }

    /// <summary>The coded column of a departure dimension.</summary>
    public CategoryColumn ColumnOf(string dimension) => dimension switch
    {
        IndicatorDimensions.Commune => Commune,
        IndicatorDimensions.Dispositif => Dispositif,
        IndicatorDimensions.Mois => Month,
        IndicatorDimensions.Destination => Destination,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Dimension de dossier inconnue."),
    };

    /// <summary>
    /// Destination category: the département of <c>destination_insee</c> (3 characters overseas, <c>97x</c>), the
    /// ISO country code abroad, <c>inconnue</c> in France without a commune code. A slice of the dossier's text, so
    /// that coding it allocates nothing per dossier.
    /// </summary>
    private static ReadOnlySpan<char> DestinationOf(Dossier d)
    {
        if (!string.Equals(d.DestinationCountry, "FR", StringComparison.OrdinalIgnoreCase))
            return d.DestinationCountry.ToUpperInvariant();
        var insee = d.DestinationInsee.AsSpan().Trim();
        if (insee.Length < 2) return "inconnue";
        return insee.StartsWith("97", StringComparison.Ordinal) && insee.Length >= 3 ? insee[..3] : insee[..2];
    }

    /// <summary>
    /// The dossier of a participant. Participants files list the people of a dossier together and the dossiers in
    /// the dossiers file's order, so the previous participant's dossier and the next one are tried (a string
    /// comparison) before the index (a hash); the answer is the index's either way, ids being unique.
    /// </summary>
    private static int DossierOf(string dossierId, int previous, string[] ids, int count, Dictionary<string, int> index)
    {
        if (previous >= 0 && string.Equals(ids[previous], dossierId, StringComparison.Ordinal)) return previous;
        var next = previous + 1;
        if (next < count && string.Equals(ids[next], dossierId, StringComparison.Ordinal)) return next;
        return index.TryGetValue(dossierId, out var di) ? di : -1;
    }

    private static T[] Trim<T>(T[] values, int count) => values.Length == count ? values : values[..count];

    /// <summary>A coded column filled one dossier at a time (the count of distinct dossiers is known at the end).</summary>
    private sealed class ColumnBuilder(int capacity)
    {
        public CategoryCodes Categories { get; } = new();
        public int[] Codes { get; } = new int[capacity];

        public CategoryColumn Build(string dimension, int count) => new(dimension, Trim(Codes, count), Categories);
    }
}
