namespace Vacances.Ingest.Sampling;

/// <summary>
/// School-holiday periods of one zone, each from its first day off to the day classes resume (exclusive).
/// The generator uses them only to fill <c>during_school_holidays</c> consistently with the stay's dates.
/// </summary>
internal sealed class SchoolHolidays(IReadOnlyList<(DateOnly First, DateOnly Resume)> periods)
{
    public IReadOnlyList<(DateOnly First, DateOnly Resume)> Periods { get; } = periods;

    /// <summary>True when the whole stay (start to end date, end = departure day) lies inside one period.</summary>
    public bool Covers(DateOnly start, DateOnly end) => Periods.Any(p => start >= p.First && end <= p.Resume);
}
