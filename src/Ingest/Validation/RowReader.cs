using System.Text;
using Vacances.Ingest.Model;
using Vacances.Ingest.Parsing;
using Vacances.Ingest.Pseudonymisation;
using Vacances.Ingest.Referential;
using Vacances.Ingest.Tabular;

namespace Vacances.Ingest.Validation;

/// <summary>
/// Walks the rows of one file against its schema and collects, for the current row, every reason to
/// quarantine it (DESIGN §10): the structural ones checked on every field (more fields than the header, a NUL
/// byte, a field over 64 KiB) and the typed reads below, which record an error and return a neutral value.
/// A caller reads all the columns it needs, then asks <see cref="HasErrors"/>: the row is accepted or quarantined
/// once with all its reasons.
/// </summary>
public sealed class RowReader
{
    /// <summary>Longest field accepted, in UTF-8 bytes (DESIGN §10).</summary>
    public const int MaxFieldBytes = 64 * 1024;

    private const int MaxQuotedValue = 40;

    /// <summary>Distinct values beyond which a text column is taken for an identifier and no longer pooled.</summary>
    private const int PoolLimit = 50_000;

    /// <summary>Largest magnitude of a number (a thousand billion): beyond, a value is an entry error and would not fit the store.</summary>
    private const decimal MaxMagnitude = 1_000_000_000_000m;
    private readonly TabularReader _reader;
    private readonly FileSchema _schema;
    private readonly ColumnMap _map;
    private readonly Pseudonymiser _pseudonymiser;
    private readonly List<RowError> _errors = [];
    private readonly bool[] _badField;
    private readonly Dictionary<string, string>?[] _pools;
    private readonly bool[] _unpooled;

    /// <summary>Starts reading <paramref name="reader"/>; refuses the file when its header does not fit <paramref name="schema"/>.</summary>
    public RowReader(TabularReader reader, FileSchema schema, string displayName, Pseudonymiser pseudonymiser, CommuneReferential communes)
    {
        _reader = reader;
        _schema = schema;
        _pseudonymiser = pseudonymiser;
        Communes = communes;
        DisplayName = displayName;
        _map = ColumnMap.Build(schema, reader.Headers, displayName);
        _badField = new bool[reader.Headers.Count];
        _pools = new Dictionary<string, string>?[schema.Columns.Count];
        _unpooled = new bool[schema.Columns.Count];
    }

    /// <summary>File name used in messages.</summary>
    public string DisplayName { get; }

    /// <summary>The commune referential codes are checked against.</summary>
    public CommuneReferential Communes { get; }

    /// <summary>Data rows read so far (accepted + quarantined).</summary>
    public long RowsRead { get; private set; }

    /// <summary>Line of the current row.</summary>
    public long Line => _reader.Line;

    /// <summary>True when the current row has at least one reason to be quarantined.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>True when the schema column at <paramref name="column"/> is in the file.</summary>
    public bool Has(int column) => _map.Positions[column] >= 0;

    /// <summary>Moves to the next row and runs the structural checks on all its fields.</summary>
    public bool Next()
    {
        _errors.Clear();
        if (!_reader.Read()) return false;
        RowsRead++;
        if (_reader.RowProblem is { } problem) _errors.Add(new RowError(Line, null, problem));
        var headerCount = _reader.Headers.Count;
        var fieldCount = _reader.RowFieldCount;
        if (fieldCount > headerCount)
            _errors.Add(new RowError(Line, null, $"{fieldCount} champs pour {headerCount} colonnes d'en-tête"));
        var raw = _reader.RawRow;
        if (!raw.IsEmpty && raw.Length <= MaxFieldBytes / 3 && !raw.Contains('\0'))
        {
            // The common row: no NUL anywhere, and too short for any field to reach 64 KiB in UTF-8 (≤ 3 bytes a char).
            Array.Clear(_badField);
            return true;
        }
        for (var i = 0; i < fieldCount; i++)
        {
            var field = _reader.Field(i);
            var bad = false;
            if (field.Length > MaxFieldBytes / 4 && Encoding.UTF8.GetByteCount(field) > MaxFieldBytes)
            {
                _errors.Add(new RowError(Line, HeaderName(i), "champ de plus de 64 Kio"));
                bad = true;
            }
            if (field.Contains('\0'))
            {
                _errors.Add(new RowError(Line, HeaderName(i), "octet NUL dans le champ"));
                bad = true;
            }
            if (i < _badField.Length) _badField[i] = bad;
        }
        for (var i = fieldCount; i < _badField.Length; i++) _badField[i] = false;
        return true;
    }

    /// <summary>The current row's reasons, to quarantine it.</summary>
    public QuarantinedRow Quarantine() => new(Line, _errors.ToArray());

    /// <summary>Records a reason against a schema column (or the whole row when <paramref name="column"/> is negative).</summary>
    public void Error(int column, string reason) =>
        _errors.Add(new RowError(Line, column < 0 ? null : _schema.Columns[column], reason));

    /// <summary>Records a reason against a column the schema does not fix (a survey question).</summary>
    public void Error(string column, string reason) => _errors.Add(new RowError(Line, column, reason));

    /// <summary>The trimmed cell of a schema column; empty when absent, empty or already flagged as malformed.</summary>
    public ReadOnlySpan<char> Raw(int column)
    {
        var position = _map.Positions[column];
        if (position < 0 || (position < _badField.Length && _badField[position])) return [];
        return _reader.Field(position).Trim();
    }

    /// <summary>Text cell, null when empty (unknown).</summary>
    public string? Text(int column)
    {
        var raw = Raw(column);
        return raw.IsEmpty ? null : Pooled(column, raw);
    }

    /// <summary>
    /// One string instance per distinct value of a column (operation, codes, communes, programmes, funders), so a
    /// million rows do not hold a million copies of the same few codes (issue 9). A column that shows more than
    /// <see cref="PoolLimit"/> distinct values is an identifier column: it stops being pooled.
    /// </summary>
    private string Pooled(int column, ReadOnlySpan<char> raw)
    {
        if (_unpooled[column]) return raw.ToString();
        var pool = _pools[column] ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (pool.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(raw, out var known)) return known;
        var text = raw.ToString();
        if (pool.Count < PoolLimit) pool.Add(text, text);
        else (_unpooled[column], _pools[column]) = (true, null);
        return text;
    }

    /// <summary>Text cell that must be filled.</summary>
    public string RequiredText(int column) => Text(column) ?? Missing(column, "");

    /// <summary>Decimal cell; null when empty; an error when malformed or negative (and <paramref name="nonNegative"/>).</summary>
    public decimal? Decimal(int column, bool nonNegative = true)
    {
        var raw = Raw(column);
        if (raw.IsEmpty) return null;
        if (!FieldParser.TryDecimal(raw, out var value)) return Invalid<decimal?>(column, raw, "n'est pas un nombre", null);
        if (nonNegative && value < 0) return Invalid<decimal?>(column, raw, "est négatif", null);
        if (Math.Abs(value) > MaxMagnitude) return Invalid<decimal?>(column, raw, "est démesuré (plus de mille milliards)", null);
        return value;
    }

    /// <summary>Amount in euros: non-negative (DESIGN §10); <paramref name="required"/> makes an empty cell an error.</summary>
    public decimal? Money(int column, bool required = false)
    {
        var value = Decimal(column);
        return value is null && required && Raw(column).IsEmpty ? Missing<decimal?>(column, 0) : value;
    }

    /// <summary>Whole number within [<paramref name="min"/>, <paramref name="max"/>], null when empty.</summary>
    public int? Int(int column, int min, int max, string? rangeReason = null)
    {
        var raw = Raw(column);
        if (raw.IsEmpty) return null;
        if (!FieldParser.TryInt(raw, out var value)) return Invalid<int?>(column, raw, "n'est pas un nombre entier", null);
        if (value < min || value > max)
            return Invalid<int?>(column, raw, rangeReason ?? $"hors de l'intervalle {min} à {max}", null);
        return value;
    }

    /// <summary>Boolean cell (<c>oui/non/true/false/1/0/vrai/faux</c>), null when empty.</summary>
    public bool? Bool(int column)
    {
        var raw = Raw(column);
        if (raw.IsEmpty) return null;
        return FieldParser.TryBool(raw, out var value)
            ? value
            : Invalid<bool?>(column, raw, "n'est pas un booléen (oui/non, vrai/faux, true/false, 1/0)", null);
    }

    /// <summary>Date cell that must exist in the calendar, null when empty.</summary>
    public DateOnly? Date(int column)
    {
        var raw = Raw(column);
        if (raw.IsEmpty) return null;
        if (FieldParser.TryDate(raw, out var value)) return value;
        return Invalid<DateOnly?>(column, raw, LooksLikeDate(raw)
            ? "date inexistante"
            : "n'est pas une date (aaaa-mm-jj ou jj/mm/aaaa)", null);
    }

    /// <summary>Date cell that must be filled.</summary>
    public DateOnly RequiredDate(int column) =>
        Date(column) ?? (Raw(column).IsEmpty ? Missing(column, DateOnly.MinValue) : DateOnly.MinValue);

    /// <summary>Month cell (<c>yyyy-MM</c>, <c>MM/yyyy</c> or a date), as the month's first day; must be filled.</summary>
    public DateOnly RequiredMonth(int column)
    {
        var raw = Raw(column);
        if (raw.IsEmpty) return Missing(column, DateOnly.MinValue);
        return FieldParser.TryMonth(raw, out var month)
            ? month
            : Invalid(column, raw, "n'est pas un mois (aaaa-mm)", DateOnly.MinValue);
    }

    /// <summary>Coded cell in its canonical spellings (ignoring case), null when empty.</summary>
    public TEnum? Code<TEnum>(int column, CodeMap<TEnum> codes) where TEnum : struct, Enum
    {
        var raw = Raw(column);
        if (raw.IsEmpty) return null;
        return codes.TryParse(raw, out var value)
            ? value
            : Invalid<TEnum?>(column, raw, $"code inconnu (attendu : {string.Join(", ", codes.Codes)})", null);
    }

    /// <summary>Coded cell that must be filled.</summary>
    public TEnum RequiredCode<TEnum>(int column, CodeMap<TEnum> codes) where TEnum : struct, Enum =>
        Code(column, codes) ?? (Raw(column).IsEmpty ? Missing(column, default(TEnum)) : default);

    /// <summary>A commune code that must be in the COG referential, null when empty.</summary>
    public string? Commune(int column)
    {
        var raw = Raw(column);
        if (raw.IsEmpty) return null;
        if (raw.Length == 4 && !raw.ContainsAnyExceptInRange('0', '9'))
        {
            // A spreadsheet that took « 01001 » for a number wrote 1001: the COG code has five characters.
            var padded = "0" + raw.ToString();
            if (Communes.Contains(padded)) return padded;
        }
        return Communes.Contains(raw) ? Pooled(column, raw) : Invalid<string?>(column, raw, "code commune absent du COG", null);
    }

    /// <summary>The header cells of the file, as read.</summary>
    public IReadOnlyList<string> Headers => _reader.Headers;

    /// <summary>
    /// The trimmed cell at header position <paramref name="position"/> (null when empty or malformed), a direct
    /// identifier column's value pseudonymised: for files whose columns are not fixed (survey answers).
    /// </summary>
    public string? HeaderCell(int position)
    {
        if (position < _badField.Length && _badField[position]) return null;
        var cell = _reader.Field(position).Trim();
        if (cell.IsEmpty) return null;
        return Pseudonymisation.DirectIdentifiers.IsDirectIdentifier(_reader.Headers[position])
            ? _pseudonymiser.Pseudonym(cell) : cell.ToString();
    }

    /// <summary>The extra columns' non-empty cells, direct identifiers pseudonymised; null when none.</summary>
    public IReadOnlyDictionary<string, string>? Extra()
    {
        Dictionary<string, string>? extra = null;
        for (var k = 0; k < _map.ExtraPositions.Length; k++)
        {
            var position = _map.ExtraPositions[k];
            if (position < _badField.Length && _badField[position]) continue;
            var cell = _reader.Field(position).Trim();
            if (cell.IsEmpty) continue;
            extra ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            extra[_map.ExtraNames[k]] = _map.ExtraIsIdentifier[k] ? _pseudonymiser.Pseudonym(cell) : cell.ToString();
        }
        return extra;
    }

    private string? HeaderName(int position) =>
        position < _reader.Headers.Count && _reader.Headers[position].Length > 0 ? _reader.Headers[position].ToLowerInvariant() : null;

    private T Missing<T>(int column, T neutral)
    {
        Error(column, "valeur obligatoire manquante");
        return neutral;
    }

    private T Invalid<T>(int column, ReadOnlySpan<char> raw, string what, T neutral)
    {
        var shown = raw.Length > MaxQuotedValue ? raw[..MaxQuotedValue].ToString() + "…" : raw.ToString();
        Error(column, $"« {shown} » {what}");
        return neutral;
    }

    private static bool LooksLikeDate(ReadOnlySpan<char> raw)
    {
        if (raw.Length != 10) return false;
        foreach (var c in raw)
            if (!char.IsAsciiDigit(c) && c is not '-' and not '/') return false;
        return true;
    }
}
