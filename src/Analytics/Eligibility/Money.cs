namespace Vacances.Analytics.Eligibility;

/// <summary>Money rounding of the rules: to the cent, half away from zero, only at the end of a computation (I-07).</summary>
internal static class Money
{
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
