using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// Draws one dossier after another: a kind of stay, its dates, a household (new, or a recent one travelling again),
/// destination, costs, and the dossier-level flags of DESIGN §3.1. Plausible values only: no eligibility is computed.
/// </summary>
internal sealed class DossierFactory
{
    private readonly SampleProfile _profile;
    private readonly SampleIds _ids;
    private readonly ProfessionalRoster _roster;
    private readonly HouseholdFactory _households;
    private readonly Weighted<StayKind> _kinds;
    private readonly Weighted<SeniorsOfferSpec>? _offers;
    private readonly RecentHouseholds _recent = new();

    public DossierFactory(SampleProfile profile, SampleIds ids, ProfessionalRoster roster)
    {
        _profile = profile;
        _ids = ids;
        _roster = roster;
        _households = new HouseholdFactory(profile, ids);
        _kinds = new Weighted<StayKind>(profile.Kinds.Select(k => (k, k.Weight)));
        _offers = profile.SeniorsOffers.Count > 0 ? new Weighted<SeniorsOfferSpec>(profile.SeniorsOffers.Select(o => (o, o.Weight))) : null;
    }

    /// <summary>Dossiers drawn so far, by residence commune and by dispositif (the survey's population).</summary>
    public DepartureCounts Counts { get; } = new();

    public GeneratedDossier Next(Random random)
    {
        var kind = _kinds.Draw(random);
        var start = kind.StartWindows.Draw(random).Draw(random);
        var offer = kind.Composition == Composition.Seniors ? _offers?.Draw(random) : null;
        var nights = (offer?.Nights ?? kind.Nights).Draw(random);
        var end = start.AddDays(nights);
        var household = Household(random, kind.Composition, start);
        var members = household.Members.ToList();
        if (random.Chance(kind.Companion)) members.Add(_households.Companion(random, start, kind.CompanionRole));

        var dossierId = _ids.NextDossier();
        var participants = members.Select(m => m.ToParticipant(dossierId, start)).ToArray();
        var adults = members.Count(m => m.AgeOn(start) >= 18);
        var destination = (offer?.Destinations ?? kind.Destinations).Draw(random);
        var distance = Distance(random, destination);
        var board = kind.Boards.Draw(random);
        var costs = offer is null
            ? StayCosts.Draw(random, kind.Costs, board, nights, members.Count, adults, distance)
            : StayCosts.DrawOffer(random, kind.Costs, board, random.Uniform(offer.PricePerPerson.Low, offer.PricePerPerson.High), nights, members.Count, adults, distance);

        var dossier = new Dossier
        {
            DossierId = dossierId,
            Operation = _profile.Config.Id,
            CommuneInsee = household.CommuneInsee,
            Dispositif = kind.Dispositif,
            ReferentId = _roster.ReferentFor(random, household.CommuneInsee),
            StartDate = start,
            EndDate = end,
            DestinationInsee = destination.Insee,
            DestinationCountry = destination.Country,
            DistanceKm = (decimal)distance,
            DuringSchoolHolidays = random.Chance(0.02) ? null : _profile.Holidays.Covers(start, end),
            Board = board,
            LodgingEur = costs.Lodging,
            MealsEur = costs.Meals,
            TouristTaxEur = costs.TouristTax,
            TransportEur = costs.Transport,
            ActivitiesEur = costs.Activities,
            ExtrasEur = costs.Extras,
            PublicPriceEur = kind.SolidarityOffer ? PublicPrice(random, costs) : null,
            Offer = offer?.Offer,
            SingleRoom = offer is null ? null : random.OrUnknown(household.Members.Count == 1 && random.Chance(0.45), 0.1),
            SocialSupport = random.OrUnknown(random.Chance(kind.SocialSupport), 0.03),
            ConventionedStructure = random.OrUnknown(random.Chance(kind.Conventioned), 0.03),
            OtherFunderRequested = random.OrUnknown(random.Chance(0.93), 0.05),
            HouseholdId = household.HouseholdId,
            QfEur = household.QfEur,
            RfrEur = household.RfrEur,
            TaxParts = household.TaxParts,
            RniEur = household.RniEur,
            Couple = household.Couple,
            CafAllocataire = household.CafAllocataire,
            DependentChildren = household.DependentChildren,
            Aeeh = household.Aeeh,
            LastAvfYear = household.LastAvfYear,
        };
        Counts.Add(dossier.CommuneInsee, kind.Dispositif, participants.Length);
        return new GeneratedDossier(dossier, participants);
    }

    /// <summary>
    /// A new household, or now and then a recent one travelling again: the whole household, or (for a children's camp)
    /// the minors of a recent family, keeping their household_id and participant_id.
    /// </summary>
    private SampleHousehold Household(Random random, Composition composition, DateOnly start)
    {
        if (random.Chance(_profile.RepeatHousehold))
        {
            var fromFamily = composition == Composition.ChildrenAlone && random.Chance(0.5);
            if (_recent.Pick(random, fromFamily ? Composition.Family : composition) is { } again && again.Members.All(m => m.BirthDate < start))
            {
                if (!fromFamily) return again;
                var minors = again.Members.Where(m => m.AgeOn(start) is >= 3 and < 18).ToArray();
                if (minors.Length > 0) return again with { Composition = Composition.ChildrenAlone, Members = minors };
            }
        }
        var household = _households.Create(random, composition, _profile.Communes.Draw(random), start);
        _recent.Add(household);
        return household;
    }

    /// <summary>One-way road distance in whole km: the destination's, varied by the home commune, or a rule boundary.</summary>
    private double Distance(Random random, Destination destination)
    {
        var boundaries = _profile.DistanceBoundaries;
        if (boundaries.Values.Count > 0 && random.Chance(boundaries.Share)) return random.Pick(boundaries.Values);
        return Math.Round(destination.DistanceKm * random.Uniform(0.92, 1.08));
    }

    /// <summary>
    /// Public price of a solidarity offer: the price paid (lodging, meals, activities) is mostly 30–78 % of it, sometimes
    /// outside the 25–80 % band or exactly on its bounds (seed 003, « Bourse solidarité vacances »; I-43).
    /// </summary>
    private static decimal PublicPrice(Random random, StayCosts costs)
    {
        var paid = costs.Lodging + costs.Meals + costs.Activities;
        var u = random.NextDouble();
        if (u < 0.03) return paid * 4;
        if (u < 0.06) return paid * 1.25m;
        var ratio = u < 0.1 ? random.Uniform(0.15, 0.24) : u < 0.14 ? random.Uniform(0.81, 0.95) : random.Uniform(0.3, 0.78);
        return SampleRandom.Euros((double)paid / ratio);
    }
}
