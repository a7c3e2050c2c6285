namespace Vacances.Analytics.Rules;

/// <summary>A named parameter of a programme with its history of dated values, ordered by date.</summary>
public sealed record Parameter(string Name, string Description, IReadOnlyList<ParameterValue> Values)
{
    /// <summary>The value in force on <paramref name="day"/>, or null when none is (before the first date, after an end).</summary>
    public ParameterValue? At(DateOnly day)
    {
        for (var i = Values.Count - 1; i >= 0; i--)
        {
            if (Values[i].From > day) continue;
            DateOnly? next = i + 1 < Values.Count ? Values[i + 1].From : null;
            return Values[i].Covers(day, next) ? Values[i] : null;
        }
        return null;
    }
}
