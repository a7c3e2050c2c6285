namespace Vacances.Analytics.Indicators;

/// <summary>
/// A computed indicator value with the number of statistical units behind it, which disclosure control needs
/// (DESIGN §10): a sum of nights or of euros says nothing of how many people it covers.
/// </summary>
/// <param name="NumeratorUnits">Units (people, dossiers, professionals) counted in or contributing to the numerator.</param>
/// <param name="DenominatorUnits">Units behind the denominator; null when it is not a count of people (a population,
/// a sum of hours) or when there is no denominator.</param>
public sealed record IndicatorCell(IndicatorValue Value, long NumeratorUnits, long? DenominatorUnits);
