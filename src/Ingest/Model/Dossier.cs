namespace Vacances.Ingest.Model;

/// <summary>
/// One departure project: a household or a group, one stay (DESIGN §3.1, <c>dossiers.csv</c>).
/// Nullable members are "unknown" (an empty cell); rules treat unknown as the interpretations say (I-05).
/// </summary>
public sealed record Dossier
{
    public required string DossierId { get; init; }
    public required string Operation { get; init; }
    /// <summary>Residence commune, official COG code (5 characters).</summary>
    public required string CommuneInsee { get; init; }
    public required Dispositif Dispositif { get; init; }
    public string? ReferentId { get; init; }
    /// <summary>First day of the stay.</summary>
    public required DateOnly StartDate { get; init; }
    /// <summary>Day of departure from the place of stay: end date exclusive, nights = end − start (I-03).</summary>
    public required DateOnly EndDate { get; init; }
    public string? DestinationInsee { get; init; }
    /// <summary>ISO 3166 alpha-2, <c>FR</c> when the file leaves it empty.</summary>
    public string DestinationCountry { get; init; } = "FR";
    public decimal? DistanceKm { get; init; }
    public bool? DuringSchoolHolidays { get; init; }
    public Board? Board { get; init; }
    public decimal LodgingEur { get; init; }
    public decimal MealsEur { get; init; }
    public decimal TouristTaxEur { get; init; }
    public decimal TransportEur { get; init; }
    public decimal ActivitiesEur { get; init; }
    public decimal ExtrasEur { get; init; }
    /// <summary>Public price of a solidarity offer (BSV).</summary>
    public decimal? PublicPriceEur { get; init; }
    public SeniorsOffer? Offer { get; init; }
    public bool? SingleRoom { get; init; }
    public bool? SocialSupport { get; init; }
    public bool? ConventionedStructure { get; init; }
    public bool? OtherFunderRequested { get; init; }
    /// <summary>Stable pseudonymous household key, for the once-a-year rules (I-09, I-10).</summary>
    public string? HouseholdId { get; init; }
    public decimal? QfEur { get; init; }
    public decimal? RfrEur { get; init; }
    public decimal? TaxParts { get; init; }
    public decimal? RniEur { get; init; }
    public bool? Couple { get; init; }
    public bool? CafAllocataire { get; init; }
    public int? DependentChildren { get; init; }
    public bool? Aeeh { get; init; }
    public int? LastAvfYear { get; init; }
    /// <summary>Columns the contract does not name, kept as they were read (null when none).</summary>
    public IReadOnlyDictionary<string, string>? Extra { get; init; }

    /// <summary>Nights of the stay: end − start (I-03).</summary>
    public int Nights => EndDate.DayNumber - StartDate.DayNumber;

    /// <summary>Whole TTC cost of the dossier: the sum of its six cost components (I-04).</summary>
    public decimal TotalCostEur => LodgingEur + MealsEur + TouristTaxEur + TransportEur + ActivitiesEur + ExtrasEur;
}
