using System.Globalization;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Survey;

/// <summary>
/// Reading answers out of a <see cref="SurveyTable"/>: an empty cell (or R's <c>NA</c>) is no answer; a multi-answer
/// cell holds <c>|</c>-separated codes (DESIGN §3.5); codes compare case-insensitively.
/// </summary>
internal static class SurveyAnswers
{
    /// <summary>The column index of <paramref name="column"/>.</summary>
    /// <exception cref="SurveyEstimationException">No such column.</exception>
    public static int Column(SurveyTable table, string column)
    {
        var index = table.IndexOf(column);
        return index >= 0 ? index : throw new SurveyEstimationException($"la colonne « {column} » est absente des réponses.");
    }

    /// <summary>The trimmed answer, or null when there is none.</summary>
    public static string? Answer(string?[] row, int column)
    {
        var cell = column < row.Length ? row[column]?.Trim() : null;
        return string.IsNullOrEmpty(cell) || cell == "NA" ? null : cell;
    }

    /// <summary>True when <paramref name="answer"/> is <paramref name="code"/> or, for a multi answer, lists it.</summary>
    public static bool Has(string answer, string code)
    {
        if (string.Equals(answer, code, StringComparison.OrdinalIgnoreCase)) return true;
        if (!answer.Contains('|')) return false;
        foreach (var part in answer.Split('|'))
            if (string.Equals(part.Trim(), code, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True when the whole answer is one of <paramref name="excluded"/>.</summary>
    public static bool IsExcluded(string answer, IReadOnlyList<string> excluded)
    {
        foreach (var code in excluded)
            if (string.Equals(answer, code.Trim(), StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A number written with a point or a decimal comma.</summary>
    /// <exception cref="SurveyEstimationException">The answer is not a number.</exception>
    public static double Number(string answer, string question, int row) =>
        double.TryParse(answer.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new SurveyEstimationException($"la réponse « {answer} » du répondant n° {row + 1} à la question « {question} » n'est pas un nombre.");

    /// <summary>Every respondent's value of <paramref name="column"/> (null when missing).</summary>
    public static string?[] Values(SurveyTable table, string column)
    {
        var index = Column(table, column);
        var values = new string?[table.Rows.Count];
        for (var i = 0; i < values.Length; i++) values[i] = Answer(table.Rows[i], index);
        return values;
    }
}
