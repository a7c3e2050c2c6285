using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// One dossier and its participants as the rules read them, with the figures several programmes share (nights,
/// cost, per-person share, ages on the first day). One instance is refilled for each dossier: no allocation per row.
/// </summary>
internal sealed class StayContext
{
    private Participant[] _participants = new Participant[16];
    private int?[] _ages = new int?[16];
    private int[] _halfParts = new int[16];

    public Dossier Dossier { get; private set; } = null!;

    /// <summary>Number of participants of the dossier.</summary>
    public int Count { get; private set; }

    /// <summary>Nights = end − start (I-03).</summary>
    public int Nights { get; private set; }

    /// <summary>Whole TTC cost of the dossier, all components (I-04).</summary>
    public decimal TotalCost { get; private set; }

    /// <summary>A participant's share of the whole cost: total / participants (I-04).</summary>
    public decimal Share { get; private set; }

    /// <summary>A participant's share per night, <see cref="Share"/> / <see cref="Nights"/> (I-41); 0 without nights.</summary>
    public decimal SharePerNight { get; private set; }

    /// <summary>Some participant has a CDAPH recognition (I-41).</summary>
    public bool AnyHandicap { get; private set; }

    /// <summary>Some participant has the role <c>adult</c> (I-22, I-25).</summary>
    public bool HasAdultRole { get; private set; }

    public Participant Participant(int i) => _participants[i];

    /// <summary>Completed years on the first day of the stay (I-02), null when unknown.</summary>
    public int? Age(int i) => _ages[i];

    /// <summary>The participant's RFR: their own tax household's when given, else the dossier's (I-12).</summary>
    public decimal? Rfr(int i) => _participants[i].RfrEur ?? Dossier.RfrEur;

    /// <summary>The participant's tax parts: their own when given, else the dossier's (I-12).</summary>
    public decimal? Parts(int i) => _participants[i].TaxParts ?? Dossier.TaxParts;

    /// <summary>
    /// The table column of the participant's tax parts (<see cref="HalfParts.IndexFromOne"/>, I-06), computed once per
    /// participant for the programmes that read it; -1 when the parts are unknown or below 1 (no threshold, I-05).
    /// </summary>
    public int HalfPartIndex(int i) => _halfParts[i];

    /// <summary>Whether some participant's known age lies within [min, max].</summary>
    public bool AnyAgeBetween(int min, int max)
    {
        for (var i = 0; i < Count; i++)
            if (_ages[i] is { } age && age >= min && age <= max) return true;
        return false;
    }

    public void Load(Dossier dossier, ReadOnlySpan<int> participantIndexes, IReadOnlyList<Participant> all)
    {
        Dossier = dossier;
        Count = participantIndexes.Length;
        if (_participants.Length < Count)
        {
            _participants = new Participant[Count * 2];
            _ages = new int?[Count * 2];
            _halfParts = new int[Count * 2];
        }
        AnyHandicap = false;
        HasAdultRole = false;
        for (var i = 0; i < Count; i++)
        {
            var p = all[participantIndexes[i]];
            _participants[i] = p;
            _ages[i] = p.AgeOn(dossier.StartDate);
            _halfParts[i] = (p.TaxParts ?? dossier.TaxParts) is { } parts ? HalfParts.IndexFromOne(parts) : -1;
            AnyHandicap |= p.Handicap == true;
            HasAdultRole |= p.Role == ParticipantRole.Adult;
        }
        Nights = dossier.Nights;
        TotalCost = dossier.TotalCostEur;
        Share = Count > 0 ? TotalCost / Count : 0m;
        SharePerNight = Nights > 0 ? Share / Nights : 0m;
    }
}
