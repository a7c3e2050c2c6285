using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>One kind of dossier an operation produces: its dispositif, who travels, when, where, for how long, at what cost.</summary>
internal sealed record StayKind
{
    public required Dispositif Dispositif { get; init; }
    /// <summary>Relative share of the operation's dossiers.</summary>
    public required double Weight { get; init; }
    public required Composition Composition { get; init; }
    public required Weighted<DateWindow> StartWindows { get; init; }
    /// <summary>Nights of the stay; for <see cref="Composition.Seniors"/> the drawn offer's nights replace these.</summary>
    public required Weighted<int> Nights { get; init; }
    /// <summary>Places of stay; for <see cref="Composition.Seniors"/> the drawn offer's destinations replace these.</summary>
    public required Weighted<Destination> Destinations { get; init; }
    public required CostModel Costs { get; init; }
    public required Weighted<Board> Boards { get; init; }
    /// <summary>Share of dossiers inside a social-support pathway.</summary>
    public double SocialSupport { get; init; } = 0.3;
    /// <summary>Share of dossiers hosted by a CAF / Vacaf conventioned structure.</summary>
    public double Conventioned { get; init; } = 0.3;
    /// <summary>A solidarity offer with a public price (Bourse solidarité vacances).</summary>
    public bool SolidarityOffer { get; init; }
    /// <summary>Chance that a companion (volunteer or salaried) travels with the dossier.</summary>
    public double Companion { get; init; }
    public ParticipantRole CompanionRole { get; init; } = ParticipantRole.CompanionVolunteer;
}
