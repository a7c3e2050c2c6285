using System.Globalization;
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
    public OperationFacts(OperationData data)
    {
        var (dossiers, index) = Unique(data.Dossiers);
        DossierCount = dossiers.Count;

        Nights = new int[DossierCount];
        var starts = new DateOnly[DossierCount];
        var couples = new bool?[DossierCount];
        Commune = new CategoryColumn(IndicatorDimensions.Commune, new int[DossierCount], new CategoryCodes());
        Dispositif = new CategoryColumn(IndicatorDimensions.Dispositif, new int[DossierCount], new CategoryCodes());
        Month = new CategoryColumn(IndicatorDimensions.Mois, new int[DossierCount], new CategoryCodes());
        Destination = new CategoryColumn(IndicatorDimensions.Destination, new int[DossierCount], new CategoryCodes());
        QfBand = new CategoryColumn(IndicatorDimensions.TrancheQf, new int[DossierCount], new CategoryCodes());
        QfAboveSocialAidCeiling = new bool[DossierCount];
        var months = new Dictionary<int, int>();
        for (var di = 0; di < dossiers.Count; di++)
        {
            var d = dossiers[di];
            starts[di] = d.StartDate;
            couples[di] = d.Couple;
            Nights[di] = d.Nights;
            Commune.Codes[di] = Commune.Categories.CodeOf(d.CommuneInsee);
            Dispositif.Codes[di] = Dispositif.Categories.CodeOf(CanonicalCodes.Dispositif.ToCode(d.Dispositif));
            // One string per distinct month, not one per dossier.
            var month = d.StartDate.Year * 12 + d.StartDate.Month;
            if (!months.TryGetValue(month, out var monthCode))
                months[month] = monthCode = Month.Categories.CodeOf(d.StartDate.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            Month.Codes[di] = monthCode;
            Destination.Codes[di] = Destination.Categories.CodeOf(DestinationOf(d));
            QfBand.Codes[di] = d.QfEur is { } qf ? QfBand.Categories.CodeOf(QfBands.Of(qf)) : -1;
            QfAboveSocialAidCeiling[di] = d.QfEur is { } known && Invisibles.IsAboveSocialAidThreshold(known);
        }

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
            var di = DossierOf(p.DossierId, previous, dossiers, index);
            ParticipantDossier[i] = di;
            if (di < 0)
            {
                Traits[i] = new ParticipantTraits(false, p.Pcs, p.FirstDeparture);
                continue;
            }
            previous = di;
            Traits[i] = new ParticipantTraits(p.AgeOn(starts[di]) is >= 18, p.Pcs, p.FirstDeparture);
            ParticipantCount[di]++;
            if (p.Role == ParticipantRole.Adult) adults[di]++;
            else if (p.Role == ParticipantRole.Child) children[di]++;
        }

        HouseholdType = new CategoryColumn(IndicatorDimensions.TypeMenage, new int[DossierCount], new CategoryCodes());
        for (var di = 0; di < dossiers.Count; di++)
            HouseholdType.Codes[di] = HouseholdType.Categories.CodeOf(HouseholdTypes.Of(adults[di], children[di], couples[di]));
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
    /// ISO country code abroad, <c>inconnue</c> in France without a commune code.
    /// </summary>
    public static string DestinationOf(Dossier d)
    {
        if (!string.Equals(d.DestinationCountry, "FR", StringComparison.OrdinalIgnoreCase))
            return d.DestinationCountry.ToUpperInvariant();
        var insee = d.DestinationInsee?.Trim();
        if (string.IsNullOrEmpty(insee) || insee.Length < 2) return "inconnue";
        return insee.StartsWith("97", StringComparison.Ordinal) && insee.Length >= 3 ? insee[..3] : insee[..2];
    }

    private static (List<Dossier> Dossiers, Dictionary<string, int> Index) Unique(IReadOnlyList<Dossier> rows)
    {
        var index = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        var dossiers = new List<Dossier>(rows.Count);
        foreach (var d in rows)
            if (index.TryAdd(d.DossierId, dossiers.Count)) dossiers.Add(d);
        return (dossiers, index);
    }

    /// <summary>
    /// The dossier of a participant. Participants files list the people of a dossier together and the dossiers in
    /// the dossiers file's order, so the previous participant's dossier and the next one are tried (a string
    /// comparison) before the index (a hash); the answer is the index's either way, ids being unique.
    /// </summary>
    private static int DossierOf(string dossierId, int previous, List<Dossier> dossiers, Dictionary<string, int> index)
    {
        if (previous >= 0 && string.Equals(dossiers[previous].DossierId, dossierId, StringComparison.Ordinal)) return previous;
        var next = previous + 1;
        if (next < dossiers.Count && string.Equals(dossiers[next].DossierId, dossierId, StringComparison.Ordinal)) return next;
        return index.TryGetValue(dossierId, out var di) ? di : -1;
    }
}
