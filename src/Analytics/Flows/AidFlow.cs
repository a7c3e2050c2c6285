namespace Vacances.Analytics.Flows;

/// <summary>
/// One line of the aid-flow table (DESIGN §2 <c>vacances flows</c>, §4.4): money from a funder through a
/// programme to the dossiers of a commune and a dispositif.
/// </summary>
/// <param name="Estimated">True where no recorded grant exists and the amount was estimated from the rules.</param>
public sealed record AidFlow(string Funder, string Programme, string CommuneInsee, string Dispositif, decimal AmountEur, bool Estimated);
