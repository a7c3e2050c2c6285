using System.Runtime.InteropServices;

namespace Vacances.Analytics.Indicators;

/// <summary>
/// Direct access to the rows behind a read-only list (issue 9): a pass over millions of value-type rows (the aid
/// lines) through <see cref="IReadOnlyList{T}"/> pays an interface call and a copy of the row per element; over the
/// span of the list or array behind it, neither.
/// </summary>
internal static class Rows
{
    /// <summary>The rows as a span when the list is a <see cref="List{T}"/> or an array; false otherwise.</summary>
    public static bool TryGetSpan<T>(IReadOnlyList<T> rows, out ReadOnlySpan<T> span)
    {
        switch (rows)
        {
            case T[] array:
                span = array;
                return true;
            case List<T> list:
                span = CollectionsMarshal.AsSpan(list);
                return true;
            default:
                span = default;
                return false;
        }
    }
}
