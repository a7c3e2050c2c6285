using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// Participants generated per residence commune and per dispositif (bounded by the number of communes): the survey
/// draws its respondents from these, so every respondent's commune and dispositif has partants.
/// </summary>
internal sealed class DepartureCounts
{
    private readonly SortedDictionary<string, long> _communes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> _dispositifs = new(StringComparer.Ordinal);

    public void Add(string commune, Dispositif dispositif, int participants)
    {
        _communes[commune] = _communes.GetValueOrDefault(commune) + participants;
        var code = CanonicalCodes.Dispositif.ToCode(dispositif);
        _dispositifs[code] = _dispositifs.GetValueOrDefault(code) + participants;
    }

    /// <summary>Communes weighted by their partants times the survey's boost (absent = 1).</summary>
    public Weighted<string> Communes(IReadOnlyDictionary<string, double> boost) => Boosted(_communes, boost);

    /// <summary>Dispositifs weighted by their partants times the survey's boost (absent = 1).</summary>
    public Weighted<string> Dispositifs(IReadOnlyDictionary<string, double> boost) => Boosted(_dispositifs, boost);

    private static Weighted<string> Boosted(SortedDictionary<string, long> counts, IReadOnlyDictionary<string, double> boost) =>
        new(counts.Select(c => (c.Key, c.Value * boost.GetValueOrDefault(c.Key, 1))));
}
