namespace Vacances.Analytics.Eligibility;

/// <summary>
/// Items in ordinal order of their id, equal ids in input order (DESIGN §4.3 output order). Inputs usually come
/// sorted already (the loaders and the sample generator write ids in order): that is checked in one pass and the
/// sort is skipped. The comparer is kept so that a reused evaluator allocates nothing here.
/// </summary>
internal sealed class IdOrder<T>(Func<T, string> id) : IComparer<int>
{
    private IReadOnlyList<T> _items = [];

    /// <summary>Fills <paramref name="order"/> (at least <c>items.Count</c> long) with the item indexes in id order.</summary>
    public void Sort(IReadOnlyList<T> items, int[] order)
    {
        var n = items.Count;
        for (var i = 0; i < n; i++) order[i] = i;
        var sorted = true;
        for (var i = 1; i < n && sorted; i++) sorted = string.CompareOrdinal(id(items[i - 1]), id(items[i])) <= 0;
        if (sorted) return;
        _items = items;
        Array.Sort(order, 0, n, this);
        _items = [];
    }

    public int Compare(int x, int y)
    {
        var c = string.CompareOrdinal(id(_items[x]), id(_items[y]));
        return c != 0 ? c : x.CompareTo(y);
    }
}
