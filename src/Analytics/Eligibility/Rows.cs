using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility;

/// <summary>Typed reading of the cells of a parameter table row.</summary>
internal static class Rows
{
    public static decimal Number(IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var text) && ParameterValue.TryParseNumber(text, out var value)
            ? value
            : throw new ParameterFileException($"Colonne numérique « {column} » absente d'une ligne de tableau.");
}
