using Vacances.Ingest.Model;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Files;

/// <summary>
/// Reads and validates <c>survey/partants.csv</c> and <c>survey/professionnels.csv</c> (DESIGN §3.5): a few
/// fixed columns, then one column per question id. Responses are unique; communes are COG codes; an answer to a
/// <c>single</c>/<c>likert5</c>/<c>multi</c> question must be one of the codebook's options and a <c>number</c>
/// answer a number ≥ 0. Direct-identifier columns are pseudonymised like anywhere else.
/// </summary>
public static class SurveyAnswersFile
{
    /// <summary>The fixed columns of <c>survey/partants.csv</c>.</summary>
    public static readonly FileSchema PartantsSchema = new("survey/partants.csv",
        ["response_id", "commune_insee", "dispositif", "household_type", "pcs"], ["response_id"]);

    /// <summary>The fixed columns of <c>survey/professionnels.csv</c>.</summary>
    public static readonly FileSchema ProfessionnelsSchema = new("survey/professionnels.csv",
        ["response_id", "pro_id", "role", "commune_insee"], ["response_id"]);

    /// <summary>Reads an answers file of <paramref name="kind"/>, checking answers against <paramref name="codebook"/>.</summary>
    public static FileReadResult<string?[]> Read(string path, string displayName, FileKind kind, IngestContext context,
        IReadOnlyList<SurveyQuestion> codebook, out IReadOnlyList<string> columns)
    {
        var schema = kind == FileKind.SurveyPartants ? PartantsSchema : ProfessionnelsSchema;
        var questions = codebook.ToDictionary(q => q.Id, StringComparer.OrdinalIgnoreCase);
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        var communeColumn = kind == FileKind.SurveyPartants ? 1 : 3;
        IReadOnlyList<string> headers = [];
        var result = TableReading.Read(path, displayName, kind, schema, context, row =>
        {
            headers = row.Headers;
            var id = row.RequiredText(0);
            if (id.Length > 0 && !firstLine.TryAdd(id, row.Line))
                row.Error(0, $"réponse « {id} » en double (déjà ligne {firstLine[id]})");
            row.Commune(communeColumn);
            if (kind == FileKind.SurveyPartants)
            {
                row.Code(2, CanonicalCodes.Dispositif);
                row.Code(4, CanonicalCodes.Pcs);
            }
            var cells = new string?[headers.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row.HeaderCell(i);
                if (cells[i] is { } answer && questions.TryGetValue(headers[i], out var question))
                    CheckAnswer(row, question, answer);
            }
            return cells;
        });
        columns = headers.Count > 0 ? headers : ReadHeaders(path, displayName);
        return result;
    }

    private static IReadOnlyList<string> ReadHeaders(string path, string displayName)
    {
        using var table = Tabular.TabularFile.Open(path, displayName);
        return table.Headers;
    }

    private static void CheckAnswer(RowReader row, SurveyQuestion question, string answer)
    {
        switch (question.Type)
        {
            case "number":
                if (!Parsing.FieldParser.TryDecimal(answer, out var number) || number < 0)
                    row.Error(question.Id, $"« {Shorten(answer)} » n'est pas un nombre positif");
                break;
            case "single" or "likert5" when question.Options.Count > 0:
                if (!IsOption(question, answer))
                    row.Error(question.Id, $"réponse « {Shorten(answer)} » absente du livre de codes");
                break;
            case "multi" when question.Options.Count > 0:
                foreach (var part in answer.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    if (!IsOption(question, part))
                        row.Error(question.Id, $"réponse « {Shorten(part)} » absente du livre de codes");
                break;
        }
    }

    private static bool IsOption(SurveyQuestion question, string answer) =>
        question.Options.Any(o => string.Equals(o.Key, answer, StringComparison.OrdinalIgnoreCase));

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
