using Vacances.Ingest.Model;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Files;

/// <summary>
/// Reads and validates <c>dossiers.csv</c> (DESIGN §3.1, §10): required id, commune, dispositif and dates;
/// codes in their canonical spellings; COG commune codes; dates that exist and an end not before the start;
/// amounts ≥ 0; unique dossier ids. Accepted dossiers are registered in the <see cref="IngestContext"/>.
/// </summary>
public static class DossierFile
{
    private const int DossierId = 0, Operation = 1, CommuneInsee = 2, DispositifColumn = 3, ReferentId = 4,
        StartDate = 5, EndDate = 6, DestinationInsee = 7, DestinationCountry = 8, DistanceKm = 9,
        DuringSchoolHolidays = 10, BoardColumn = 11, LodgingEur = 12, MealsEur = 13, TouristTaxEur = 14,
        TransportEur = 15, ActivitiesEur = 16, ExtrasEur = 17, PublicPriceEur = 18, Offer = 19, SingleRoom = 20,
        SocialSupport = 21, ConventionedStructure = 22, OtherFunderRequested = 23, HouseholdId = 24, QfEur = 25,
        RfrEur = 26, TaxParts = 27, RniEur = 28, Couple = 29, CafAllocataire = 30, DependentChildren = 31,
        Aeeh = 32, LastAvfYear = 33;

    /// <summary>The columns of §3.1, in the order of the constants above.</summary>
    public static readonly FileSchema Schema = new("dossiers.csv",
    [
        "dossier_id", "operation", "commune_insee", "dispositif", "referent_id", "start_date", "end_date",
        "destination_insee", "destination_country", "distance_km", "during_school_holidays", "board",
        "lodging_eur", "meals_eur", "tourist_tax_eur", "transport_eur", "activities_eur", "extras_eur",
        "public_price_eur", "offer", "single_room", "social_support", "conventioned_structure",
        "other_funder_requested", "household_id", "qf_eur", "rfr_eur", "tax_parts", "rni_eur", "couple",
        "caf_allocataire", "dependent_children", "aeeh", "last_avf_year",
    ], ["dossier_id", "commune_insee", "dispositif", "start_date", "end_date"]);

    /// <summary>Reads <paramref name="path"/>, shown as <paramref name="displayName"/> in messages.</summary>
    public static FileReadResult<Dossier> Read(string path, string displayName, IngestContext context)
    {
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        return TableReading.Read(path, displayName, FileKind.Dossiers, Schema, context,
            row => Map(row, context, firstLine), d => context.Dossiers[d.DossierId] = d.StartDate);
    }

    /// <summary>Reads <paramref name="path"/>, handing each accepted dossier to <paramref name="accepted"/> as it is read.</summary>
    public static FileReadSummary Stream(string path, string displayName, IngestContext context, Action<Dossier> accepted)
    {
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        return TableReading.Stream(path, displayName, FileKind.Dossiers, Schema, context, row => Map(row, context, firstLine), d =>
        {
            context.Dossiers[d.DossierId] = d.StartDate;
            accepted(d);
        });
    }

    private static Dossier Map(RowReader row, IngestContext context, Dictionary<string, long> firstLine)
    {
        var id = row.RequiredText(DossierId);
        if (id.Length > 0 && !firstLine.TryAdd(id, row.Line))
            row.Error(DossierId, $"identifiant de dossier « {id} » en double (déjà ligne {firstLine[id]})");
        var start = row.RequiredDate(StartDate);
        var end = row.RequiredDate(EndDate);
        if (start != DateOnly.MinValue && end != DateOnly.MinValue && end < start)
            row.Error(EndDate, "date de fin antérieure à la date de début");
        var commune = row.Commune(CommuneInsee);
        if (commune is null && row.Raw(CommuneInsee).IsEmpty) row.Error(CommuneInsee, "valeur obligatoire manquante");
        var country = row.Text(DestinationCountry)?.ToUpperInvariant() ?? "FR";
        if (country.Length != 2 || !char.IsAsciiLetterUpper(country[0]) || !char.IsAsciiLetterUpper(country[1]))
            row.Error(DestinationCountry, $"« {country} » n'est pas un code pays ISO 3166 alpha-2");
        return new Dossier
        {
            DossierId = id,
            Operation = row.Text(Operation) ?? context.OperationId ?? "",
            CommuneInsee = commune ?? "",
            Dispositif = row.RequiredCode(DispositifColumn, CanonicalCodes.Dispositif),
            ReferentId = row.Text(ReferentId),
            StartDate = start,
            EndDate = end,
            DestinationInsee = row.Commune(DestinationInsee),
            DestinationCountry = country,
            DistanceKm = row.Decimal(DistanceKm),
            DuringSchoolHolidays = row.Bool(DuringSchoolHolidays),
            Board = row.Code(BoardColumn, CanonicalCodes.Board),
            LodgingEur = row.Money(LodgingEur) ?? 0m,
            MealsEur = row.Money(MealsEur) ?? 0m,
            TouristTaxEur = row.Money(TouristTaxEur) ?? 0m,
            TransportEur = row.Money(TransportEur) ?? 0m,
            ActivitiesEur = row.Money(ActivitiesEur) ?? 0m,
            ExtrasEur = row.Money(ExtrasEur) ?? 0m,
            PublicPriceEur = row.Money(PublicPriceEur),
            Offer = row.Code(Offer, CanonicalCodes.SeniorsOffer),
            SingleRoom = row.Bool(SingleRoom),
            SocialSupport = row.Bool(SocialSupport),
            ConventionedStructure = row.Bool(ConventionedStructure),
            OtherFunderRequested = row.Bool(OtherFunderRequested),
            HouseholdId = row.Text(HouseholdId),
            QfEur = row.Money(QfEur),
            RfrEur = row.Money(RfrEur),
            TaxParts = row.Decimal(TaxParts),
            RniEur = row.Money(RniEur),
            Couple = row.Bool(Couple),
            CafAllocataire = row.Bool(CafAllocataire),
            DependentChildren = row.Int(DependentChildren, 0, 30),
            Aeeh = row.Bool(Aeeh),
            LastAvfYear = row.Int(LastAvfYear, 1900, 2200, "année implausible"),
            Extra = row.Extra(),
        };
    }
}
