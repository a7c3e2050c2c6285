namespace Vacances.Ingest.Sampling;

/// <summary>A place of stay with its one-way road distance from the operation's territory.</summary>
/// <param name="Insee">Official COG code of the commune, null abroad.</param>
/// <param name="Country">ISO 3166 alpha-2.</param>
internal sealed record Destination(string? Insee, string Country, double DistanceKm)
{
    public static Destination France(string insee, double distanceKm) => new(insee, "FR", distanceKm);

    public static Destination Abroad(string country, double distanceKm) => new(null, country, distanceKm);
}
