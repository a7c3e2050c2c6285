namespace Vacances.Analytics.Flows;

/// <summary>
/// How a programme id (<c>&lt;funder-or-ruleset&gt;.&lt;name&gt;</c>, common brief « operation.yaml ») names its funder,
/// and how a funder code matches an entry of the operation's stacking order.
/// </summary>
public static class ProgrammeIds
{
    /// <summary>The funder of a programme: the id part before the first '.', e.g. <c>ancv</c> for <c>ancv.apv</c>.</summary>
    public static string FunderOf(string programme)
    {
        var dot = programme.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? programme : programme[..dot];
    }

    /// <summary>
    /// True when a funder code matches a stacking-order entry: equal codes (ignoring case), or, for an entry ending
    /// in ':' such as <c>commune:</c>, any code with that prefix (<c>commune:62065</c>).
    /// </summary>
    public static bool MatchesStackingEntry(string funder, string entry) =>
        entry.EndsWith(':')
            ? funder.StartsWith(entry, StringComparison.OrdinalIgnoreCase)
            : string.Equals(funder, entry, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Rank of a funder in the stacking order (DESIGN §4.4): the index of the first matching entry, or the order's
    /// length (after every listed funder) when none matches.
    /// </summary>
    public static int StackingRank(string funder, IReadOnlyList<string> stackingOrder)
    {
        for (var i = 0; i < stackingOrder.Count; i++)
            if (MatchesStackingEntry(funder, stackingOrder[i])) return i;
        return stackingOrder.Count;
    }
}
