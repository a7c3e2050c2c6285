namespace Vacances.Ingest.Sampling;

/// <summary>
/// Draws used by the sample generator, on a caller-supplied seeded <see cref="Random"/>. Only arithmetic and
/// <see cref="Math.Sqrt"/> (correctly rounded by IEEE 754) are used, so a seed gives the same bytes everywhere.
/// </summary>
internal static class SampleRandom
{
    public static double Uniform(this Random random, double low, double high) => low + (high - low) * random.NextDouble();

    /// <summary>Integer in [low, high], both ends included.</summary>
    public static int Between(this Random random, int low, int high) => random.Next(low, high + 1);

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>Triangular distribution on [low, high] with its mode at <paramref name="mode"/>.</summary>
    public static double Triangular(this Random random, double low, double mode, double high)
    {
        var u = random.NextDouble();
        var split = (mode - low) / (high - low);
        return u < split
            ? low + Math.Sqrt(u * (high - low) * (mode - low))
            : high - Math.Sqrt((1 - u) * (high - low) * (high - mode));
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A nullable value: null with probability <paramref name="unknown"/> (an empty cell, "unknown").</summary>
    public static T? OrUnknown<T>(this Random random, T value, double unknown) where T : struct =>
        random.Chance(unknown) ? null : value;

    /// <summary>Euros rounded to the cent (half away from zero).</summary>
    public static decimal Euros(double amount) => Math.Round((decimal)amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public static void Shuffle<T>(this Random random, IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>An independent stream for one file kind, derived from the user's seed.</summary>
    public static Random Derive(int seed, int stream) => new(unchecked(seed * 7919 + stream * 104_729));
}
