using System.Globalization;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// The results contract of DESIGN §4.3: <c>dossier_id;participant_id;programme;eligible;aid_eur;reasons</c>, <c>;</c>
/// separated, <c>true</c>/<c>false</c>, point decimal with 2 decimals (<c>0.00</c> when not eligible), reasons
/// <c>|</c>-separated. A field holding <c>;</c>, a quote or a line break is quoted.
/// </summary>
internal static class ResultCsv
{
    public const string Header = "dossier_id;participant_id;programme;eligible;aid_eur;reasons";

    public static void Write(EvaluationRun run, TextWriter writer)
    {
        writer.Write(Header);
        writer.Write('\n');
        Span<char> number = stackalloc char[32];
        foreach (var row in run.Rows)
        {
            WriteField(writer, run.RowId(row));
            writer.Write(';');
            WriteField(writer, run.ParticipantId(row));
            writer.Write(';');
            writer.Write(ProgrammeNames.Id(row.Programme));
            writer.Write(row.Outcome.Eligible ? ";true;" : ";false;");
            var amount = row.Outcome.Eligible ? row.Outcome.AidEur : 0m;
            amount.TryFormat(number, out var written, "0.00", CultureInfo.InvariantCulture);
            writer.Write(number[..written]);
            writer.Write(';');
            ReasonCodes.Write(writer, row.Outcome.Reasons);
            writer.Write('\n');
        }
    }

    private static void WriteField(TextWriter writer, string value)
    {
        if (value.AsSpan().IndexOfAny(";\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\""));
        writer.Write('"');
    }
}
