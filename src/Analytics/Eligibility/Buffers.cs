namespace Vacances.Analytics.Eligibility;

/// <summary>Growth of the arrays an evaluator keeps across evaluations: reallocated only when too small.</summary>
internal static class Buffers
{
    public static void Ensure<T>(ref T[] buffer, int length)
    {
        if (buffer.Length < length) buffer = new T[Math.Max(length, buffer.Length + buffer.Length / 2)];
    }
}
