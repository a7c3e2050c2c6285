using Vacances.Ingest.Model;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Files;

/// <summary>
/// Reads and validates <c>professionals.csv</c> (DESIGN §3.5): one professional's hours for one month, hours
/// between 0 and the hours of a month (744), one row per professional and month.
/// </summary>
public static class ProfessionalFile
{
    /// <summary>Hours in a 31-day month: more in one month is not plausible.</summary>
    public const decimal MaxMonthHours = 744m;

    private const int ProId = 0, CommuneInsee = 1, Role = 2, Month = 3, HoursDirect = 4, HoursTotal = 5;

    /// <summary>The columns of §3.5 for professionals' hours.</summary>
    public static readonly FileSchema Schema = new("professionals.csv",
        ["pro_id", "commune_insee", "role", "month", "hours_direct", "hours_total"],
        ["pro_id", "month", "hours_direct", "hours_total"]);

    /// <summary>Reads <paramref name="path"/>.</summary>
    public static FileReadResult<ProfessionalMonth> Read(string path, string displayName, IngestContext context) =>
        TableReading.Read(path, displayName, FileKind.Professionals, Schema, context, Mapper());

    /// <summary>Reads <paramref name="path"/>, handing each accepted row to <paramref name="accepted"/> as it is read.</summary>
    public static FileReadSummary Stream(string path, string displayName, IngestContext context, Action<ProfessionalMonth> accepted) =>
        TableReading.Stream(path, displayName, FileKind.Professionals, Schema, context, Mapper(), accepted);

    /// <summary>A row mapper with its own duplicate register (one per file read).</summary>
    private static Func<RowReader, ProfessionalMonth> Mapper()
    {
        var firstLine = new Dictionary<(string, DateOnly), long>();
        return row =>
        {
            var id = row.RequiredText(ProId);
            var month = row.RequiredMonth(Month);
            if (id.Length > 0 && month != DateOnly.MinValue && !firstLine.TryAdd((id, month), row.Line))
                row.Error(Month, $"mois déjà déclaré pour « {id} » (ligne {firstLine[(id, month)]})");
            return new ProfessionalMonth(id, row.Commune(CommuneInsee) ?? "", row.Text(Role) ?? "", month,
                Hours(row, HoursDirect), Hours(row, HoursTotal));
        };
    }

    private static decimal Hours(RowReader row, int column)
    {
        var hours = row.Money(column, required: true);
        if (hours > MaxMonthHours) row.Error(column, $"plus de {MaxMonthHours} heures dans le mois");
        return hours ?? 0m;
    }
}
