namespace Vacances.Ingest.Model;

/// <summary>A professional's hours for one month (DESIGN §3.5, <c>professionals.csv</c>).</summary>
/// <param name="Month">First day of the month (the file's <c>month</c>, <c>yyyy-MM</c> or a date).</param>
/// <param name="HoursDirect">Hours of direct accompaniment of partants.</param>
/// <param name="HoursTotal">All hours of involvement in the operation (direct included).</param>
public sealed record ProfessionalMonth(string ProId, string CommuneInsee, string Role, DateOnly Month, decimal HoursDirect, decimal HoursTotal);
