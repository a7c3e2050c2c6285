namespace Vacances.Analytics.Rules;

/// <summary>
/// A period in which a programme's rules apply to stays starting (or requests dated) in it, both ends inclusive (I-08).
/// </summary>
/// <param name="Year">The year an aid of this period counts in (I-13): the rule set's year.</param>
public sealed record ValidityPeriod(DateOnly Start, DateOnly End, int Year, string Source)
{
    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
