namespace Vacances.Ingest.Sampling;

/// <summary>
/// Answers allotted by exact quotas (largest remainder) then shuffled, so that a small survey's raw shares land on
/// its published figures (seed 001) instead of drifting by sampling noise.
/// </summary>
internal static class QuotaDraw
{
    public static List<string> Allot(Random random, int count, params (string Code, double Share)[] shares)
    {
        var total = shares.Sum(s => s.Share);
        var exact = shares.Select(s => s.Share / total * count).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var missing = count - counts.Sum();
        foreach (var i in Enumerable.Range(0, shares.Length).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(missing))
            counts[i]++;
        var answers = new List<string>(count);
        for (var i = 0; i < shares.Length; i++) answers.AddRange(Enumerable.Repeat(shares[i].Code, counts[i]));
        random.Shuffle(answers);
        return answers;
    }
}
