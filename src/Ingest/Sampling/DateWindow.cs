namespace Vacances.Ingest.Sampling;

/// <summary>A span of possible first days of stay (both ends included) and its relative weight.</summary>
internal sealed record DateWindow(DateOnly From, DateOnly To, double Weight)
{
    public DateOnly Draw(Random random) => From.AddDays(random.Next(To.DayNumber - From.DayNumber + 1));

    public static Weighted<DateWindow> Of(params DateWindow[] windows) => new(windows.Select(w => (w, w.Weight)));
}
