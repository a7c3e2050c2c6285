namespace Vacances.Ingest.Sampling;

/// <summary>
/// The last households generated, per composition, in a fixed-size ring: a later dossier may reuse one (the same
/// household_id and persons travelling twice in the year) without the generator keeping every household in memory.
/// </summary>
internal sealed class RecentHouseholds
{
    private const int Capacity = 256;
    private readonly Dictionary<Composition, (SampleHousehold[] Ring, int Count)> _rings = [];

    public void Add(SampleHousehold household)
    {
        var (ring, count) = _rings.TryGetValue(household.Composition, out var entry) ? entry : (new SampleHousehold[Capacity], 0);
        ring[count % Capacity] = household;
        _rings[household.Composition] = (ring, count + 1);
    }

    public SampleHousehold? Pick(Random random, Composition composition) =>
        _rings.TryGetValue(composition, out var entry) && entry.Count > 0
            ? entry.Ring[random.Next(Math.Min(entry.Count, Capacity))]
            : null;
}
