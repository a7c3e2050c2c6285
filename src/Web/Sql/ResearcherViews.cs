using System.Globalization;
using Vacances.Web.Data;

namespace Vacances.Web.Sql;

/// <summary>
/// The views a researcher may query: the pseudonymised partants' and professionals' answers and the
/// disclosure-controlled indicator values. Nothing else of an operation is exposed to SQL.
/// </summary>
public static class ResearcherViews
{
    public static IReadOnlyList<ResearcherView> Of(OperationResults results) =>
    [
        results.Partants,
        results.Professionnels,
        new ResearcherView("indicateurs",
            ["indicator_id", "dimension", "category", "numerator", "denominator", "value", "suppressed"],
            results.PublicIndicators.Select(v => new[]
            {
                v.IndicatorId, v.Dimension, v.Category,
                v.Suppressed ? null : Invariant(v.Numerator), v.Suppressed ? null : Invariant(v.Denominator),
                Invariant(v.Value), v.Suppressed ? "true" : "false",
            }).ToArray()),
    ];

    private static string? Invariant(decimal? d) => d?.ToString(CultureInfo.InvariantCulture);
}
