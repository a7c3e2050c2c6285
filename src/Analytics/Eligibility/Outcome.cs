namespace Vacances.Analytics.Eligibility;

/// <summary>
/// A programme's verdict for one row on the allocation-free hot path: eligibility, the standalone amount rounded to
/// the cent (I-07), and the reason flags. A zero amount is never eligible (I-11).
/// </summary>
internal readonly record struct Outcome(bool Eligible, decimal AidEur, Reason Reasons)
{
    /// <summary>Not eligible for the given reasons.</summary>
    public static Outcome No(Reason reasons) => new(false, 0m, reasons);

    /// <summary>Eligible for <paramref name="amount"/> rounded half away from zero (I-07), unless it rounds to 0 (I-11).</summary>
    public static Outcome Aid(decimal amount, Reason reasons, Reason whenZero)
    {
        var rounded = Money.Round(amount);
        return rounded > 0 ? new(true, rounded, reasons) : new(false, 0m, reasons | whenZero);
    }
}
