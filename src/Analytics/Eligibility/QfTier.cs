namespace Vacances.Analytics.Eligibility;

/// <summary>A quotient-familial tier: bounds inclusive, looked up with the QF truncated to whole euros (I-01).</summary>
internal sealed record QfTier(decimal QfMin, decimal QfMax, decimal Rate, decimal Cap)
{
    public bool Contains(decimal wholeEuroQf) => wholeEuroQf >= QfMin && wholeEuroQf <= QfMax;

    /// <summary>The tier containing the truncated QF, or null.</summary>
    public static QfTier? Find(QfTier[] tiers, decimal qf)
    {
        var whole = decimal.Truncate(qf);
        foreach (var tier in tiers)
            if (tier.Contains(whole)) return tier;
        return null;
    }

    /// <summary>Reads a tier table (<c>qf_min</c>, <c>qf_max</c>, <c>rate</c>, <c>cap</c>).</summary>
    public static QfTier[] Read(Rules.ProgrammeParameters programme, string name, DateOnly day) =>
        [.. programme.Rows(name, day).Select(r => new QfTier(
            Rows.Number(r, "qf_min"), Rows.Number(r, "qf_max"), Rows.Number(r, "rate"), Rows.Number(r, "cap")))];
}
