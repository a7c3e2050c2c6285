namespace Vacances.Analytics.Quality;

/// <summary>Comparison between the two sides of a quality rule (DHIS2 validation-rule operators).</summary>
public enum RuleOperator
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}
