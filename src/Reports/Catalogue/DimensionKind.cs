namespace Vacances.Reports.Catalogue;

/// <summary>How a dimension's categories are ordered and charted.</summary>
public static class DimensionKind
{
    /// <summary>Months (<c>mois</c>, or <c>month</c>): chronological columns.</summary>
    public static bool IsMonth(string dimension) => dimension is "mois" or "month";

    /// <summary>The residence commune (INSEE code categories).</summary>
    public static bool IsCommune(string dimension) => dimension is "commune" or "commune_insee";

    /// <summary>
    /// Ordered bands (quotient familial, age, distance…): kept in the catalogue's order rather than sorted by value.
    /// </summary>
    public static bool IsOrdinal(string dimension) =>
        IsMonth(dimension) || dimension.Contains("qf", StringComparison.Ordinal) ||
        dimension.Contains("tranche", StringComparison.Ordinal) || dimension.Contains("age", StringComparison.Ordinal) ||
        dimension.Contains("distance", StringComparison.Ordinal);
}
