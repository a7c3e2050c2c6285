namespace Vacances.Analytics.Quality;

/// <summary>
/// What a side of a quality rule does with missing values, as in DHIS2 validation rules: skip the rule when any
/// (or all) of its items are missing, or never skip, missing items counting as 0.
/// </summary>
public enum MissingValueStrategy
{
    SkipIfAnyValueMissing,
    SkipIfAllValuesMissing,
    NeverSkip,
}
