namespace Vacances.Ingest.Sampling;

/// <summary>
/// Plausible price levels of one kind of stay, TTC, from which the six cost components of a dossier are drawn
/// (DESIGN §3.1). Ranges are uniform draws.
/// </summary>
internal sealed record CostModel
{
    /// <summary>Lodging per night for the whole dossier, before the per-person part.</summary>
    public required (double Low, double High) LodgingPerNight { get; init; }
    /// <summary>Lodging per night added for each participant.</summary>
    public required (double Low, double High) LodgingPerPersonNight { get; init; }
    /// <summary>Meals per person and night when the board is half (full board costs 1.8 times as much).</summary>
    public (double Low, double High) HalfBoardPerPersonNight { get; init; } = (12, 19);
    /// <summary>Tourist tax per adult and night.</summary>
    public (double Low, double High) TouristTaxPerAdultNight { get; init; } = (0.6, 2.3);
    /// <summary>Transport per kilometre of the one-way distance (a return trip by car or train for the dossier).</summary>
    public (double Low, double High) TransportPerKm { get; init; } = (0.22, 0.42);
    /// <summary>Transport per person when travelling by coach or ticket (used instead of per kilometre when set).</summary>
    public (double Low, double High)? TransportPerPerson { get; init; }
    public (double Low, double High) ActivitiesPerPerson { get; init; } = (0, 60);
    public (double Low, double High) Extras { get; init; } = (0, 60);
    /// <summary>Share of dossiers whose per-night lodging is a premium one (several times the usual price).</summary>
    public double Premium { get; init; } = 0.02;
}
