namespace Vacances.Analytics.Flows;

/// <summary>
/// The funder (<see cref="ProgrammeIds.FunderOf"/>) and stacking rank (<see cref="ProgrammeIds.StackingRank"/>) of
/// each programme id, computed once per programme for a whole reconstruction rather than once per dossier (an
/// operation names a handful of programmes and a million dossiers).
/// </summary>
internal sealed class ProgrammeFacts(IReadOnlyList<string> stackingOrder)
{
    private readonly Dictionary<string, (string Funder, int Rank)> _facts = new(StringComparer.Ordinal);

    public string FunderOf(string programme) => Get(programme).Funder;

    public int RankOf(string programme) => Get(programme).Rank;

    private (string Funder, int Rank) Get(string programme)
    {
        if (_facts.TryGetValue(programme, out var facts)) return facts;
        var funder = ProgrammeIds.FunderOf(programme);
        return _facts[programme] = (funder, ProgrammeIds.StackingRank(funder, stackingOrder));
    }
}
