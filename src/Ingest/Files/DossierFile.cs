using Vacances.Ingest.Model;
using Vacances.Ingest.Validation;

namespace Vacances.Ingest.Files;

/// <summary>
/// Reads and validates <c>dossiers.csv</c> (DESIGN §3.1, §10): required id, commune, dispositif and dates;
/// codes in their canonical spellings; COG commune codes; dates that exist and an end not before the start;
/// amounts ≥ 0; unique dossier ids. Each row's fate is published to the context's <see cref="DossierDirectory"/> as
/// it is decided, so that participants and aids can be read at the same time.
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
        var publisher = new Publisher(context.Dossiers);
        context.Dossiers.Expect();
        try
        {
            return TableReading.Read(path, displayName, FileKind.Dossiers, Schema, context, publisher.Map(context),
                publisher.Accepted, publisher.Quarantined);
        }
        finally
        {
            context.Dossiers.Complete();
        }
    }

    /// <summary>Reads <paramref name="path"/>, handing each accepted dossier to <paramref name="accepted"/> as it is read.</summary>
    public static FileReadSummary Stream(string path, string displayName, IngestContext context, Action<Dossier> accepted)
    {
        var publisher = new Publisher(context.Dossiers);
        context.Dossiers.Expect();
        try
        {
            return TableReading.Stream(path, displayName, FileKind.Dossiers, Schema, context, publisher.Map(context), d =>
            {
                publisher.Accepted(d);
                accepted(d);
            }, publisher.Quarantined);
        }
        finally
        {
            context.Dossiers.Complete();
        }
    }

    /// <summary>
    /// Publishes each row's fate to the <see cref="DossierDirectory"/> as soon as it is decided (readers of
    /// participants and aids may be waiting for it): an accepted dossier with its start date; the first occurrence of
    /// a quarantined id as rejected (a later occurrence is a duplicate: its fate was the first one's).
    /// </summary>
    private sealed class Publisher(DossierDirectory directory)
    {
        private readonly Dictionary<string, long> _firstLine = new(StringComparer.Ordinal);
        private string? _firstOccurrence;

        public Func<RowReader, Dossier> Map(IngestContext context) => row =>
        {
            var dossier = DossierFile.Map(row, context, _firstLine, out var first);
            _firstOccurrence = first ? dossier.DossierId : null;
            return dossier;
        };

        public void Accepted(Dossier dossier) => directory.Accept(dossier.DossierId, dossier.StartDate);

        public void Quarantined(Dossier dossier)
        {
            if (_firstOccurrence is { } id) directory.Reject(id);
        }
    }

    private static Dossier Map(RowReader row, IngestContext context, Dictionary<string, long> firstLine, out bool firstOccurrence)
    {
        var id = row.RequiredText(DossierId);
        firstOccurrence = id.Length > 0 && firstLine.TryAdd(id, row.Line);
        if (id.Length > 0 && !firstOccurrence)
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
