namespace Vacances.Analytics.Indicators;

/// <summary>
/// An entry of the indicator catalogue (DESIGN §5), in the manner of DHIS2: value = numerator / denominator × factor
/// (a count has no denominator). The report, the dashboard and the API all read this one catalogue.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>departs.dossiers</c>, <c>public.part_employes</c>.</param>
/// <param name="Label">French label shown to users.</param>
/// <param name="Section">Report section it belongs to: <c>departs</c>, <c>public</c>, <c>pros</c>, <c>enquete</c>, <c>effets</c>, <c>flux</c>, <c>territoire</c>.</param>
/// <param name="Numerator">French definition of the numerator.</param>
/// <param name="Denominator">French definition of the denominator, null for a count or a sum.</param>
/// <param name="Factor">1 for ratios and counts, 100 for percentages, 1 000 for rates per thousand.</param>
/// <param name="Unit">Display unit: <c>nombre</c>, <c>%</c>, <c>€</c>, <c>h</c>, <c>‰</c>.</param>
/// <param name="Dimensions">Allowed disaggregations besides <c>total</c> (e.g. <c>commune</c>, <c>dispositif</c>, <c>mois</c>).</param>
/// <param name="SourceFields">Canonical file columns it reads, e.g. <c>participants.pcs</c>.</param>
/// <param name="SeedReference">Where the seed texts report or define it, e.g. « 001, Toucher les invisibles ».</param>
public sealed record IndicatorDefinition(
    string Id,
    string Label,
    string Section,
    string Numerator,
    string? Denominator,
    decimal Factor,
    string Unit,
    IReadOnlyList<string> Dimensions,
    IReadOnlyList<string> SourceFields,
    string SeedReference);
