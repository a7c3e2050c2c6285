using System.Globalization;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Indicators;

/// <summary>
/// Per-dossier and per-participant facts read by several sections, computed once: the dossier of each participant
/// (a dictionary keyed by dossier id, no scan), each participant's age at the stay's first day (I-02), and the
/// dossier's categories for each dimension. A dossier id repeated in the file counts once (the first row).
/// </summary>
internal sealed class OperationFacts
{
    public OperationFacts(OperationData data)
    {
        var index = new Dictionary<string, int>(data.Dossiers.Count, StringComparer.Ordinal);
        var dossiers = new List<Dossier>(data.Dossiers.Count);
        foreach (var d in data.Dossiers)
            if (index.TryAdd(d.DossierId, dossiers.Count)) dossiers.Add(d);
        Dossiers = dossiers;

        ParticipantCount = new int[dossiers.Count];
        Adults = new int[dossiers.Count];
        Children = new int[dossiers.Count];
        Participants = data.Participants;
        ParticipantDossier = new int[Participants.Count];
        Ages = new int?[Participants.Count];
        for (var i = 0; i < Participants.Count; i++)
        {
            var p = Participants[i];
            if (!index.TryGetValue(p.DossierId, out var di)) { ParticipantDossier[i] = -1; continue; }
            ParticipantDossier[i] = di;
            Ages[i] = p.AgeOn(dossiers[di].StartDate);
            ParticipantCount[di]++;
            if (p.Role == ParticipantRole.Adult) Adults[di]++;
            else if (p.Role == ParticipantRole.Child) Children[di]++;
        }

        Communes = new string[dossiers.Count];
        DispositifCodes = new string[dossiers.Count];
        Months = new string[dossiers.Count];
        Destinations = new string[dossiers.Count];
        var months = new Dictionary<int, string>();
        var destinations = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < dossiers.Count; i++)
        {
            var d = dossiers[i];
            Communes[i] = d.CommuneInsee;
            DispositifCodes[i] = CanonicalCodes.Dispositif.ToCode(d.Dispositif);
            // One string per distinct month and destination, not one per dossier.
            var month = d.StartDate.Year * 12 + d.StartDate.Month;
            if (!months.TryGetValue(month, out var monthText))
                months[month] = monthText = d.StartDate.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            Months[i] = monthText;
            var destination = DestinationOf(d);
            Destinations[i] = destinations.TryAdd(destination, destination) ? destination : destinations[destination];
        }
    }

    public IReadOnlyList<Dossier> Dossiers { get; }
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>Index in <see cref="Dossiers"/> of each participant's dossier, -1 when the dossier is unknown.</summary>
    public int[] ParticipantDossier { get; }

    /// <summary>Age of each participant on the first day of their stay (I-02), null when unknown.</summary>
    public int?[] Ages { get; }

    public int[] ParticipantCount { get; }
    /// <summary>Participants with role <c>adult</c>, per dossier.</summary>
    public int[] Adults { get; }
    /// <summary>Participants with role <c>child</c>, per dossier.</summary>
    public int[] Children { get; }

    public string[] Communes { get; }
    public string[] DispositifCodes { get; }
    public string[] Months { get; }
    public string[] Destinations { get; }

    /// <summary>The category of a dossier for a departure dimension.</summary>
    public string[] CategoriesOf(string dimension) => dimension switch
    {
        IndicatorDimensions.Commune => Communes,
        IndicatorDimensions.Dispositif => DispositifCodes,
        IndicatorDimensions.Mois => Months,
        IndicatorDimensions.Destination => Destinations,
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
}
