namespace Vacances.Analytics.Verbatims;

/// <summary>
/// Deterministic stratified k-fold assignment: within each register the answers, ordered by id, are shuffled
/// with a seeded generator and dealt round-robin, continuing the count from one register to the next, so each
/// fold holds about 1/k of every register and fold sizes differ by at most one.
/// </summary>
public static class StratifiedFolds
{
    /// <summary>The fold (0 … <paramref name="k"/>−1) of each answer of <paramref name="corpus"/>, aligned with it.</summary>
    public static IReadOnlyList<int> Assign(IReadOnlyList<LabelledVerbatim> corpus, int k, int seed)
    {
        if (k < 2) throw new ArgumentOutOfRangeException(nameof(k), k, "Au moins deux plis.");
        var folds = new int[corpus.Count];
        var random = new Random(seed);
        var dealt = 0;
        foreach (var register in VerbatimRegisters.All)
        {
            var members = Enumerable.Range(0, corpus.Count)
                .Where(i => corpus[i].Register == register)
                .OrderBy(i => corpus[i].Id, StringComparer.Ordinal)
                .ToArray();
            random.Shuffle(members);
            foreach (var i in members) folds[i] = dealt++ % k;
        }
        return folds;
    }
}
