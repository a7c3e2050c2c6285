using Vacances.Ingest.Model;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Files;

/// <summary>Reads and validates <c>equipment_requests.csv</c> (DESIGN §3.4): tourism-equipment subsidy requests.</summary>
public static class EquipmentRequestFile
{
    private const int RequestId = 0, RequestDate = 1, InvestmentEur = 2, AccessibilityBonus = 3,
        EnvironmentBonus = 4, ManagerConventioned = 5, NewActivity = 6, ComplianceOnly = 7, LastAidDate = 8;

    /// <summary>The columns of §3.4 for equipment.</summary>
    public static readonly FileSchema Schema = new("equipment_requests.csv",
        ["request_id", "request_date", "investment_eur", "accessibility_bonus", "environment_bonus",
         "manager_conventioned", "new_activity", "compliance_only", "last_aid_date"],
        ["request_id", "request_date", "investment_eur"]);

    /// <summary>Reads <paramref name="path"/>.</summary>
    public static FileReadResult<EquipmentRequest> Read(string path, string displayName, IngestContext context) =>
        TableReading.Read(path, displayName, FileKind.EquipmentRequests, Schema, context, Mapper());

    /// <summary>Reads <paramref name="path"/>, handing each accepted row to <paramref name="accepted"/> as it is read.</summary>
    public static FileReadSummary Stream(string path, string displayName, IngestContext context, Action<EquipmentRequest> accepted) =>
        TableReading.Stream(path, displayName, FileKind.EquipmentRequests, Schema, context, Mapper(), accepted);

    /// <summary>A row mapper with its own duplicate register (one per file read).</summary>
    private static Func<RowReader, EquipmentRequest> Mapper()
    {
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        return row =>
        {
            var id = row.RequiredText(RequestId);
            if (id.Length > 0 && !firstLine.TryAdd(id, row.Line))
                row.Error(RequestId, $"demande « {id} » en double (déjà ligne {firstLine[id]})");
            return new EquipmentRequest
            {
                RequestId = id,
                RequestDate = row.RequiredDate(RequestDate),
                InvestmentEur = row.Money(InvestmentEur, required: true) ?? 0m,
                AccessibilityBonus = row.Bool(AccessibilityBonus),
                EnvironmentBonus = row.Bool(EnvironmentBonus),
                ManagerConventioned = row.Bool(ManagerConventioned),
                NewActivity = row.Bool(NewActivity),
                ComplianceOnly = row.Bool(ComplianceOnly),
                LastAidDate = row.Date(LastAidDate),
            };
        };
    }
}
