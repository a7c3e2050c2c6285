using Vacances.Ingest.Model;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Files;

/// <summary>Reads and validates <c>cv_requests.csv</c> (DESIGN §3.4): expired Chèques-Vacances exchange requests.</summary>
public static class CvRequestFile
{
    private const int RequestId = 0, RequestDate = 1, AmountEur = 2, IssueYear = 3, Reason = 4, QfEur = 5,
        RfrEur = 6, TaxParts = 7, ProcheAidant = 8;

    /// <summary>The columns of §3.4 for expired cheques.</summary>
    public static readonly FileSchema Schema = new("cv_requests.csv",
        ["request_id", "request_date", "amount_eur", "issue_year", "reason", "qf_eur", "rfr_eur", "tax_parts", "proche_aidant"],
        ["request_id", "request_date", "amount_eur", "issue_year"]);

    /// <summary>Reads <paramref name="path"/>.</summary>
    public static FileReadResult<CvRequest> Read(string path, string displayName, IngestContext context) =>
        TableReading.Read(path, displayName, FileKind.CvRequests, Schema, context, Mapper());

    /// <summary>Reads <paramref name="path"/>, handing each accepted row to <paramref name="accepted"/> as it is read.</summary>
    public static FileReadSummary Stream(string path, string displayName, IngestContext context, Action<CvRequest> accepted) =>
        TableReading.Stream(path, displayName, FileKind.CvRequests, Schema, context, Mapper(), accepted);

    /// <summary>A row mapper with its own duplicate register (one per file read).</summary>
    private static Func<RowReader, CvRequest> Mapper()
    {
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        return row =>
        {
            var id = row.RequiredText(RequestId);
            if (id.Length > 0 && !firstLine.TryAdd(id, row.Line))
                row.Error(RequestId, $"demande « {id} » en double (déjà ligne {firstLine[id]})");
            return new CvRequest
            {
                RequestId = id,
                RequestDate = row.RequiredDate(RequestDate),
                AmountEur = row.Money(AmountEur, required: true) ?? 0m,
                IssueYear = row.Int(IssueYear, 1900, 2200, "année implausible") ?? MissingYear(row),
                Reason = row.Code(Reason, CanonicalCodes.CvReason),
                QfEur = row.Money(QfEur),
                RfrEur = row.Money(RfrEur),
                TaxParts = row.Decimal(TaxParts),
                ProcheAidant = row.Bool(ProcheAidant),
            };
        };
    }

    private static int MissingYear(RowReader row)
    {
        if (row.Raw(IssueYear).IsEmpty) row.Error(IssueYear, "valeur obligatoire manquante");
        return 0;
    }
}
