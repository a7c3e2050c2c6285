namespace Vacances.Web.Pages;

/// <summary>
/// The dashboard's filters, from the query string: a commune (COG code), a dispositif code and a period of months
/// (<c>yyyy-MM</c>, bounds included). Empty means no filter.
/// </summary>
public sealed record DashboardFilter(string? Commune, string? Dispositif, string? From, string? To)
{
    public bool MonthInPeriod(string month) =>
        (string.IsNullOrEmpty(From) || string.CompareOrdinal(month, From) >= 0) &&
        (string.IsNullOrEmpty(To) || string.CompareOrdinal(month, To) <= 0);

    public bool Matches(string commune, string dispositif) =>
        (string.IsNullOrEmpty(Commune) || commune == Commune) &&
        (string.IsNullOrEmpty(Dispositif) || dispositif == Dispositif);

    /// <summary>The query string that reproduces this filter (for the CSV download link).</summary>
    public string ToQuery() => string.Join("&", new[] { ("commune", Commune), ("dispositif", Dispositif), ("du", From), ("au", To) }
        .Where(p => !string.IsNullOrEmpty(p.Item2))
        .Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));
}
