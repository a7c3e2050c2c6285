using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// A programme's parameters resolved once per segment of its validity periods (a segment ends where some parameter
/// changes), so that evaluating a row is a short search, not a YAML look-up.
/// </summary>
internal sealed class Segments<T> where T : class
{
    private readonly DateOnly[] _starts;
    private readonly DateOnly[] _ends;
    private readonly ValidityPeriod[] _periods;
    private readonly T[] _values;

    public Segments(ProgrammeParameters programme, Func<ProgrammeParameters, DateOnly, T> resolve)
    {
        Programme = programme;
        var starts = new List<DateOnly>();
        var ends = new List<DateOnly>();
        var periods = new List<ValidityPeriod>();
        var values = new List<T>();
        foreach (var period in programme.Periods)
        {
            var breaks = programme.Breakpoints(period);
            for (var i = 0; i < breaks.Count; i++)
            {
                starts.Add(breaks[i]);
                ends.Add(i + 1 < breaks.Count ? breaks[i + 1].AddDays(-1) : period.End);
                periods.Add(period);
                values.Add(resolve(programme, breaks[i]));
            }
        }
        (_starts, _ends, _periods, _values) = ([.. starts], [.. ends], [.. periods], [.. values]);
    }

    public ProgrammeParameters Programme { get; }

    /// <summary>The parameters in force on <paramref name="day"/> and their period; false outside every period (I-08).</summary>
    public bool TryGet(DateOnly day, out T value, out ValidityPeriod period)
    {
        for (var i = 0; i < _starts.Length; i++)
        {
            if (day < _starts[i] || day > _ends[i]) continue;
            value = _values[i];
            period = _periods[i];
            return true;
        }
        value = null!;
        period = null!;
        return false;
    }
}
