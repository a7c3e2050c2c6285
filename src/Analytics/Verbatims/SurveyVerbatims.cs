using Vacances.Ingest.Model;

namespace Vacances.Analytics.Verbatims;

/// <summary>
/// The free-text answers of the partants' survey (DESIGN §3.5 column <c>verbatim</c>, §7) as answers to classify:
/// id = <c>response_id</c> (else the row number), text = the verbatim; blank answers are left out. Pure.
/// </summary>
public static class SurveyVerbatims
{
    public const string TextColumn = "verbatim";
    public const string IdColumn = "response_id";

    /// <summary>The non-blank verbatims of <paramref name="partants"/>, in file order; none when the column is absent.</summary>
    public static IReadOnlyList<VerbatimAnswer> Answers(SurveyTable partants)
    {
        var text = partants.IndexOf(TextColumn);
        if (text < 0) return [];
        var id = partants.IndexOf(IdColumn);
        var answers = new List<VerbatimAnswer>();
        for (var i = 0; i < partants.Rows.Count; i++)
        {
            var row = partants.Rows[i];
            if (string.IsNullOrWhiteSpace(row[text])) continue;
            var key = id >= 0 && !string.IsNullOrEmpty(row[id]) ? row[id]! : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            answers.Add(new VerbatimAnswer(key, row[text]!.Trim()));
        }
        return answers;
    }
}
