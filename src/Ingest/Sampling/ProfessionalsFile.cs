namespace Vacances.Ingest.Sampling;

/// <summary>
/// <c>professionals.csv</c> (DESIGN §3.5): <c>pro_id;commune_insee;role;month;hours_direct;hours_total</c>, the month
/// written as its first day.
/// </summary>
internal static class ProfessionalsFile
{
    public const string Name = "professionals.csv";

    public static long Write(string directory, ProfessionalRoster roster)
    {
        using var w = new CsvSampleWriter(Path.Combine(directory, Name), "pro_id", "commune_insee", "role", "month", "hours_direct", "hours_total");
        foreach (var m in roster.Months())
        {
            w.Text(m.ProId).Text(m.CommuneInsee).Text(m.Role).Date(m.Month).Number(m.HoursDirect).Number(m.HoursTotal);
            w.EndRow();
        }
        return w.Rows;
    }
}
