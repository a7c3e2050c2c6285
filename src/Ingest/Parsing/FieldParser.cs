using System.Globalization;

namespace Vacances.Ingest.Parsing;

/// <summary>
/// Parses one cell with the French habits of DESIGN §3, from a span (no allocation): decimal comma or point
/// (spaces and no-break spaces as thousands separators), dates <c>yyyy-MM-dd</c> or <c>dd/MM/yyyy</c>,
/// booleans <c>oui/non/true/false/1/0/vrai/faux</c>. Callers handle the empty cell (unknown) before calling.
/// </summary>
public static class FieldParser
{
    /// <summary>Parses a decimal number: <c>12,5</c>, <c>12.5</c>, <c>1 234,56</c>, <c>1.234,56</c>, <c>1,234.56</c>, <c>12,50 €</c>.</summary>
    public static bool TryDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        text = text.Trim();
        if (text.EndsWith('€')) text = text[..^1].TrimEnd(); // « 12,50 € » as spreadsheets format amounts
        if (text.IsEmpty || text.Length > 64) return false;
        if (TryPlainDecimal(text, out value)) return true;
        Span<char> buffer = stackalloc char[text.Length];
        var length = 0;
        int lastComma = text.LastIndexOf(','), lastPoint = text.LastIndexOf('.');
        // The right-most of ',' and '.' is the decimal mark; the other one, if any, groups thousands.
        var decimalMark = lastComma > lastPoint ? ',' : '.';
        var marks = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '\u00A0' or '\u202F' or '\'') continue;
            if (c == decimalMark) { buffer[length++] = '.'; marks++; continue; }
            if (c is ',' or '.') continue;
            buffer[length++] = c;
        }
        if (marks > 1) return false;
        return decimal.TryParse(buffer[..length], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// The common cell of generated and exported files, without allocating or going through the culture machinery:
    /// up to 18 digits with at most one decimal mark (<c>,</c> or <c>.</c>) between digits, no sign, no grouping.
    /// Gives the same value and scale as <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out decimal)"/>.
    /// </summary>
    private static bool TryPlainDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        if (text.Length > 19) return false;
        ulong mantissa = 0;
        var digits = 0;
        var mark = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                mantissa = mantissa * 10 + (ulong)(c - '0');
                digits++;
            }
            else if (c is ',' or '.' && mark < 0 && i > 0 && i < text.Length - 1) mark = i;
            else return false;
        }
        if (digits > 18) return false;
        var scale = mark < 0 ? 0 : text.Length - 1 - mark;
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, false, (byte)scale);
        return true;
    }

    /// <summary>Parses a whole number; a decimal with a zero fraction (<c>3,0</c>, as spreadsheets write) is accepted.</summary>
    public static bool TryInt(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (!TryDecimal(text, out var number) || number != decimal.Truncate(number)
            || number < int.MinValue || number > int.MaxValue) return false;
        value = (int)number;
        return true;
    }

    /// <summary>
    /// Parses <c>yyyy-MM-dd</c> or <c>dd/MM/yyyy</c> (a spreadsheet's <c>yyyy-MM-ddT00:00:00</c> too);
    /// false for a date that does not exist (31/02/2026).
    /// </summary>
    public static bool TryDate(ReadOnlySpan<char> text, out DateOnly value)
    {
        text = text.Trim();
        if (text.Length == 19 && text[10] == 'T' && text.EndsWith("T00:00:00")) text = text[..10];
        if (TryDigitsDate(text, out value, out var recognised)) return true;
        if (recognised) return false; // the shape of a date, but not a day of the calendar (31/02/2026)
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
            || DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>
    /// <c>yyyy-MM-dd</c> or <c>dd/MM/yyyy</c> written with exactly ten ASCII characters, read digit by digit;
    /// <paramref name="recognised"/> tells whether the text had one of those shapes (then the answer is final).
    /// </summary>
    private static bool TryDigitsDate(ReadOnlySpan<char> text, out DateOnly value, out bool recognised)
    {
        value = default;
        recognised = false;
        if (text.Length != 10) return false;
        int year, month, day;
        if (text[4] == '-' && text[7] == '-')
        {
            if (!Digits(text[..4], out year) || !Digits(text[5..7], out month) || !Digits(text[8..], out day)) return false;
        }
        else if (text[2] == '/' && text[5] == '/')
        {
            if (!Digits(text[..2], out day) || !Digits(text[3..5], out month) || !Digits(text[6..], out year)) return false;
        }
        else return false;
        recognised = true;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        value = new DateOnly(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>Parses a month: <c>yyyy-MM</c>, <c>MM/yyyy</c> or a date (its month); gives the month's first day.</summary>
    public static bool TryMonth(ReadOnlySpan<char> text, out DateOnly value)
    {
        text = text.Trim();
        if (TryDate(text, out var day))
        {
            value = new DateOnly(day.Year, day.Month, 1);
            return true;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
            || DateOnly.TryParseExact(text, "MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>Parses <c>oui/non/true/false/1/0/vrai/faux</c>, ignoring case.</summary>
    public static bool TryBool(ReadOnlySpan<char> text, out bool value)
    {
        text = text.Trim();
        value = text.Equals("oui", StringComparison.OrdinalIgnoreCase) || text.Equals("true", StringComparison.OrdinalIgnoreCase)
            || text.Equals("vrai", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("1");
        return value || text.Equals("non", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase)
            || text.Equals("faux", StringComparison.OrdinalIgnoreCase) || text.SequenceEqual("0");
    }
}
