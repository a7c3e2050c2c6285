using Vacances.Analytics.Rules;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// One programme's parameters for the dossier being evaluated. Dossiers are visited in start-date order, so the
/// segment search runs only when the start date changes (parameters resolved once per period, not per row); the
/// territory test (I-08) runs once per dossier, not once per participant.
/// </summary>
internal sealed class ResolvedParameters<T>(Segments<T> segments) where T : class
{
    private DateOnly _day;
    private bool _resolved;
    private bool _inPeriod;
    private T _atDay = null!;
    private ValidityPeriod _period = null!;

    /// <summary>Whether the programme applies to the current dossier (period and territory).</summary>
    public bool Applies { get; private set; }

    /// <summary>The parameters in force on the dossier's start date (meaningful when <see cref="Applies"/>).</summary>
    public T Parameters => _atDay;

    /// <summary>The validity period containing the start date (meaningful when <see cref="Applies"/>).</summary>
    public ValidityPeriod Period => _period;

    public Segments<T> Segments { get; } = segments;

    /// <summary>Resolves the parameters for a dossier starting on <paramref name="day"/> in <paramref name="communeInsee"/>.</summary>
    public void Resolve(DateOnly day, string communeInsee)
    {
        if (!_resolved || day != _day)
        {
            _inPeriod = Segments.TryGet(day, out _atDay, out _period);
            _day = day;
            _resolved = true;
        }
        Applies = _inPeriod && Segments.Programme.ServesCommune(communeInsee);
    }
}
