namespace Vacances.Analytics.Eligibility;

/// <summary>Tax parts as a table column: quarter parts go to the next half part up (I-06).</summary>
internal static class HalfParts
{
    /// <summary>Column index counting half parts from 1 part (1 → 0, 1.5 → 1, 1.25 → 1), or -1 below 1 part.</summary>
    public static int IndexFromOne(decimal parts)
    {
        if (parts < 1) return -1;
        return (int)decimal.Ceiling(parts * 2) - 2;
    }
}
