using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// A revenu-fiscal-de-référence table by number of tax parts (I-06): printed columns from 1 part by half parts,
/// continued past the last column by the « ½ part supplémentaire » increment; quarter parts are looked up at the next
/// half part up. Fewer than 1 part is not in the table (the measure is then unknown, I-05).
/// </summary>
internal sealed class RfrTable
{
    private readonly decimal[] _byHalfPart;
    private readonly decimal _increment;

    public RfrTable(ProgrammeParameters programme, DateOnly day, string tableName = "rfr_table", string incrementName = "rfr_increment_per_half_part")
    {
        var rows = programme.Rows(tableName, day);
        _byHalfPart = new decimal[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var parts = Rows.Number(rows[i], "parts");
            if (parts != 1 + i * 0.5m) throw new ParameterFileException($"{programme.Id} : {tableName} doit aller de 1 part par demi-parts.");
            _byHalfPart[i] = Rows.Number(rows[i], "amount");
        }
        _increment = programme.Number(incrementName, day);
        Source = programme.Source(tableName, day);
    }

    public string Source { get; }

    /// <summary>The threshold (exclusive) for <paramref name="parts"/>, or null when parts &lt; 1.</summary>
    public decimal? Threshold(decimal parts)
    {
        var index = HalfParts.IndexFromOne(parts);
        return index < 0 ? null : ThresholdAt(index);
    }

    /// <summary>The threshold (exclusive) for a column index from <see cref="HalfParts.IndexFromOne"/> (≥ 0).</summary>
    public decimal ThresholdAt(int index) => index < _byHalfPart.Length
        ? _byHalfPart[index]
        : _byHalfPart[^1] + (index - (_byHalfPart.Length - 1)) * _increment;
}
