using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary><c>dossiers.csv</c> in the canonical column order of DESIGN §3.1.</summary>
internal static class DossierFile
{
    public const string Name = "dossiers.csv";

    public static CsvSampleWriter Open(string directory) => new(Path.Combine(directory, Name),
        "dossier_id", "operation", "commune_insee", "dispositif", "referent_id", "start_date", "end_date", "destination_insee",
        "destination_country", "distance_km", "during_school_holidays", "board", "lodging_eur", "meals_eur", "tourist_tax_eur",
        "transport_eur", "activities_eur", "extras_eur", "public_price_eur", "offer", "single_room", "social_support",
        "conventioned_structure", "other_funder_requested", "household_id", "qf_eur", "rfr_eur", "tax_parts", "rni_eur", "couple",
        "caf_allocataire", "dependent_children", "aeeh", "last_avf_year");

    public static void Write(CsvSampleWriter w, Dossier d)
    {
        w.Text(d.DossierId).Text(d.Operation).Text(d.CommuneInsee).Text(CanonicalCodes.Dispositif.ToCode(d.Dispositif)).Text(d.ReferentId)
            .Date(d.StartDate).Date(d.EndDate).Text(d.DestinationInsee).Text(d.DestinationCountry).Number(d.DistanceKm)
            .Bool(d.DuringSchoolHolidays).Text(d.Board is { } b ? CanonicalCodes.Board.ToCode(b) : null)
            .Money(d.LodgingEur).Money(d.MealsEur).Money(d.TouristTaxEur).Money(d.TransportEur).Money(d.ActivitiesEur).Money(d.ExtrasEur)
            .Money(d.PublicPriceEur).Text(d.Offer is { } o ? CanonicalCodes.SeniorsOffer.ToCode(o) : null)
            .Bool(d.SingleRoom).Bool(d.SocialSupport).Bool(d.ConventionedStructure).Bool(d.OtherFunderRequested)
            .Text(d.HouseholdId).Number(d.QfEur).Number(d.RfrEur).Number(d.TaxParts).Number(d.RniEur).Bool(d.Couple)
            .Bool(d.CafAllocataire).Integer(d.DependentChildren).Bool(d.Aeeh).Integer(d.LastAvfYear);
        w.EndRow();
    }
}
