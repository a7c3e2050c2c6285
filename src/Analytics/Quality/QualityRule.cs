using System.Globalization;

namespace Vacances.Analytics.Quality;

/// <summary>
/// A data-quality rule in the manner of DHIS2 validation rules: « left side operator right side », each side with its
/// missing-value strategy, checked on every record of one kind. A record passes when the comparison holds.
/// </summary>
/// <param name="Id">Stable code, e.g. <c>aides_superieures_au_cout</c>.</param>
/// <param name="Label">French statement of what must hold.</param>
/// <param name="Entity">Kind of record checked: <c>dossier</c>, <c>participant</c>, <c>professionnel</c>, <c>aide</c>.</param>
/// <param name="EntityId">The id shown for a record.</param>
public sealed record QualityRule<T>(
    string Id,
    string Label,
    string Entity,
    RuleSide<T> Left,
    RuleOperator Operator,
    RuleSide<T> Right,
    Func<T, string> EntityId)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Checks every record, adding violations to <paramref name="violations"/>; returns the rule's summary.</summary>
    public QualityRuleSummary Check(IEnumerable<T> records, List<QualityViolation> violations)
    {
        int checkedCount = 0, skipped = 0, violated = 0;
        foreach (var record in records)
        {
            if (Left.Evaluate(record) is not { } left || Right.Evaluate(record) is not { } right) { skipped++; continue; }
            checkedCount++;
            if (Holds(left, right)) continue;
            violated++;
            violations.Add(new QualityViolation(Id, Entity, EntityId(record), left, right,
                $"{Label} : {Left.Description} = {left.ToString("0.##", French)}, {Right.Description} = {right.ToString("0.##", French)}."));
        }
        return new QualityRuleSummary(Id, Label, Entity, checkedCount, skipped, violated);
    }

    private bool Holds(decimal left, decimal right) => Operator switch
    {
        RuleOperator.Equal => left == right,
        RuleOperator.NotEqual => left != right,
        RuleOperator.GreaterThan => left > right,
        RuleOperator.GreaterThanOrEqual => left >= right,
        RuleOperator.LessThan => left < right,
        RuleOperator.LessThanOrEqual => left <= right,
        _ => throw new ArgumentOutOfRangeException(nameof(Operator), Operator, null),
    };
}
