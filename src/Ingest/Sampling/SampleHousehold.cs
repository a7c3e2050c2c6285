namespace Vacances.Ingest.Sampling;

/// <summary>A generated household: where it lives, its resources (DESIGN §3.1) and its members.</summary>
internal sealed record SampleHousehold(
    string HouseholdId,
    string CommuneInsee,
    Composition Composition,
    IReadOnlyList<SamplePerson> Members,
    decimal? QfEur,
    decimal? RfrEur,
    decimal? TaxParts,
    decimal? RniEur,
    bool? Couple,
    bool? CafAllocataire,
    int? DependentChildren,
    bool? Aeeh,
    int? LastAvfYear);
