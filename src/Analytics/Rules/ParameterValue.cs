using System.Globalization;

namespace Vacances.Analytics.Rules;

/// <summary>
/// One dated value of a parameter (OpenFisca style): it takes effect on <see cref="From"/> and holds until the next
/// value's date, or until <see cref="To"/> (inclusive) when the parameter is abolished. Exactly one of
/// <see cref="Scalar"/>, <see cref="Rows"/>, <see cref="Codes"/> is set.
/// </summary>
/// <param name="Source">The text it comes from: seed file + section, e.g. « 004_c9f267770fe193d4.txt, Dispositif n°1 ».</param>
/// <param name="Scalar">A number (point decimal) or an ISO date, as written.</param>
/// <param name="Rows">A table: each row maps column names to numbers (or a <c>code</c> column to a code).</param>
/// <param name="Codes">A list of codes.</param>
public sealed record ParameterValue(
    DateOnly From,
    DateOnly? To,
    string Source,
    string? Scalar,
    IReadOnlyList<IReadOnlyDictionary<string, string>>? Rows,
    IReadOnlyList<string>? Codes)
{
    /// <summary>Whether the value is in force on <paramref name="day"/>, given the date the next value takes effect.</summary>
    public bool Covers(DateOnly day, DateOnly? nextFrom) =>
        day >= From && (To is not { } to || day <= to) && (nextFrom is not { } next || day < next);

    /// <summary>Parses a number written with a point decimal.</summary>
    public static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses an ISO date <c>yyyy-MM-dd</c>.</summary>
    public static bool TryParseDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}
