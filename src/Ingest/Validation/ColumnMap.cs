using Vacances.Ingest.Errors;
using Vacances.Ingest.Pseudonymisation;

namespace Vacances.Ingest.Validation;

/// <summary>
/// Where each column of a <see cref="FileSchema"/> sits in a file's header (names compared ignoring case and
/// surrounding spaces), and which header columns are extra attributes (kept) or direct identifiers (pseudonymised).
/// Building it refuses the file when a required column is missing or a column is named twice.
/// </summary>
public sealed class ColumnMap
{
    private ColumnMap(int[] positions, int[] extraPositions, string[] extraNames, bool[] extraIsIdentifier)
    {
        Positions = positions;
        ExtraPositions = extraPositions;
        ExtraNames = extraNames;
        ExtraIsIdentifier = extraIsIdentifier;
    }

    /// <summary>Header position of each schema column, -1 when absent.</summary>
    public int[] Positions { get; }

    /// <summary>Header positions of the columns the schema does not name.</summary>
    public int[] ExtraPositions { get; }

    /// <summary>Names of those extra columns as the header gives them (trimmed).</summary>
    public string[] ExtraNames { get; }

    /// <summary>Whether each extra column holds a direct identifier.</summary>
    public bool[] ExtraIsIdentifier { get; }

    /// <summary>Maps <paramref name="headers"/> onto <paramref name="schema"/>.</summary>
    public static ColumnMap Build(FileSchema schema, IReadOnlyList<string> headers, string displayName)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i].Length == 0) continue;
            if (!seen.TryAdd(headers[i], i))
                throw new InvalidInputException(displayName, 1, headers[i], "colonne présente deux fois dans l'en-tête : fichier refusé");
        }
        var positions = schema.Columns.Select(c => seen.GetValueOrDefault(c, -1)).ToArray();
        if (positions.All(p => p < 0))
            throw new InvalidInputException(displayName, 1, null,
                $"aucune colonne attendue dans l'en-tête (en-tête absent ?) ; attendu au moins : {string.Join(", ", schema.Required)} : fichier refusé");
        var missing = schema.Required.Where(c => positions[IndexOf(schema, c)] < 0).ToArray();
        if (missing.Length > 0)
            throw new InvalidInputException(displayName, 1, missing[0],
                $"colonne obligatoire absente ({string.Join(", ", missing)}) : fichier refusé");
        var known = new HashSet<int>(positions.Where(p => p >= 0));
        var extra = Enumerable.Range(0, headers.Count).Where(i => headers[i].Length > 0 && !known.Contains(i)).ToArray();
        return new ColumnMap(positions, extra, extra.Select(i => headers[i]).ToArray(),
            extra.Select(i => DirectIdentifiers.IsDirectIdentifier(headers[i])).ToArray());
    }

    private static int IndexOf(FileSchema schema, string column)
    {
        for (var i = 0; i < schema.Columns.Count; i++)
            if (schema.Columns[i] == column) return i;
        return -1;
    }
}
