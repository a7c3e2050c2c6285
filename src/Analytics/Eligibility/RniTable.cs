using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// A revenu-net-imposable table (« Tableau 6. Seuils d'imposition ») by parts and couple (I-06): it stops at its last
/// column; beyond it, below 1 part, or for a couple in a column printed « - », the measure is unknown (I-05).
/// </summary>
internal sealed class RniTable
{
    private readonly decimal[] _single;
    private readonly decimal?[] _couple;

    public RniTable(ProgrammeParameters programme, DateOnly day)
    {
        var rows = programme.Rows("rni_table", day);
        _single = new decimal[rows.Count];
        _couple = new decimal?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            if (Rows.Number(rows[i], "parts") != 1 + i * 0.5m)
                throw new ParameterFileException($"{programme.Id} : rni_table doit aller de 1 part par demi-parts.");
            _single[i] = Rows.Number(rows[i], "single");
            _couple[i] = rows[i].ContainsKey("couple") ? Rows.Number(rows[i], "couple") : null;
        }
        Source = programme.Source("rni_table", day);
    }

    public string Source { get; }

    /// <summary>The threshold (exclusive), or null when the table has no value for these parts and situation.</summary>
    /// <summary>
    /// The threshold (exclusive) for a column index from <see cref="HalfParts.IndexFromOne"/> (the parts), or null when
    /// the table has no value for these parts and situation.
    /// </summary>
    public decimal? ThresholdAt(int index, bool couple)
    {
        if (index < 0 || index >= _single.Length) return null;
        return couple ? _couple[index] : _single[index];
    }
}
