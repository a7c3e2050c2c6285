using System.Numerics;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// The first position of each key among list items whose keys already live in memory (dossier ids, household ids,
/// participant ids): an open-addressing table of positions, 4 to 8 bytes a key, the keys read back from the items.
/// A <see cref="Dictionary{TKey,TValue}"/> entry costs 24 bytes and more; at 10 million dossiers and 26 million
/// participants that difference is gigabytes (issue 9). Slots are found by the keys' hashes, so nothing observable
/// depends on their order.
/// </summary>
internal sealed class PositionIndex
{
    private readonly int[] _table; // position + 1; 0 = free
    private readonly uint _mask;
    private readonly Func<int, string> _keyOf;

    /// <param name="count">How many keys at most will be added (the table holds twice as many slots).</param>
    /// <param name="keyOf">The key of the item at a position.</param>
    public PositionIndex(int count, Func<int, string> keyOf)
    {
        var size = BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2L * count));
        _table = new int[size];
        _mask = size - 1;
        _keyOf = keyOf;
    }

    /// <summary>Adds <paramref name="position"/> under its key; returns the first position added with the same key, or -1.</summary>
    public int Add(int position, string key)
    {
        for (var slot = Start(key); ; slot = (slot + 1) & _mask)
        {
            var entry = _table[slot];
            if (entry == 0)
            {
                _table[slot] = position + 1;
                return -1;
            }
            if (string.Equals(_keyOf(entry - 1), key, StringComparison.Ordinal)) return entry - 1;
        }
    }

    /// <summary>The first position added with <paramref name="key"/>, or -1.</summary>
    public int Find(string key)
    {
        for (var slot = Start(key); ; slot = (slot + 1) & _mask)
        {
            var entry = _table[slot];
            if (entry == 0) return -1;
            if (string.Equals(_keyOf(entry - 1), key, StringComparison.Ordinal)) return entry - 1;
        }
    }

    private uint Start(string key) => (uint)string.GetHashCode(key.AsSpan()) & _mask;
}
