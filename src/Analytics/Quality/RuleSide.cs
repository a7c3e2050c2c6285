namespace Vacances.Analytics.Quality;

/// <summary>
/// One side of a quality rule: the sum of its items for a record (DHIS2 « left side » / « right side »), with its
/// missing-value strategy.
/// </summary>
/// <param name="Description">French description, e.g. « Σ des aides enregistrées ».</param>
/// <param name="Items">Values read from the record, null when missing.</param>
public sealed record RuleSide<T>(string Description, IReadOnlyList<Func<T, decimal?>> Items, MissingValueStrategy Strategy)
{
    /// <summary>A side made of one item.</summary>
    public static RuleSide<T> Of(string description, Func<T, decimal?> item,
        MissingValueStrategy strategy = MissingValueStrategy.SkipIfAnyValueMissing) => new(description, [item], strategy);

    /// <summary>A constant side (never missing).</summary>
    public static RuleSide<T> Constant(decimal value) =>
        new(value.ToString(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")), [_ => value], MissingValueStrategy.NeverSkip);

    /// <summary>The side's value for a record, or null when its strategy says to skip the rule.</summary>
    public decimal? Evaluate(T record)
    {
        decimal sum = 0m;
        var missing = 0;
        foreach (var item in Items)
        {
            if (item(record) is { } value) sum += value;
            else missing++;
        }
        return Strategy switch
        {
            MissingValueStrategy.SkipIfAnyValueMissing when missing > 0 => null,
            MissingValueStrategy.SkipIfAllValuesMissing when missing == Items.Count => null,
            _ => sum,
        };
    }
}
