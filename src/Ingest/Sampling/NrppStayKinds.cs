using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// The six modalities of « Ne rêvez plus, partez ! » (seed 000, « 10000 personnes ont bénéficié… ») as kinds of stay.
/// Distances are one-way road kilometres from Lens, rounded.
/// </summary>
internal static class NrppStayKinds
{
    private static readonly Destination[] NorthCoast =
    [
        Destination.France("62108", 100), Destination.France("62826", 110), Destination.France("59107", 95), Destination.France("62893", 115),
        Destination.France("80333", 120), Destination.France("80228", 135), Destination.France("80182", 150), Destination.France("76711", 170),
    ];

    private static readonly Destination[] FarAway =
    [
        Destination.France("76254", 250), Destination.France("14117", 320), Destination.France("14338", 330), Destination.France("50218", 460),
        Destination.France("35288", 520), Destination.France("22054", 560), Destination.France("56034", 690), Destination.France("56186", 700),
        Destination.France("85234", 680), Destination.France("85194", 710), Destination.France("17306", 780), Destination.France("33009", 880),
        Destination.France("33214", 870), Destination.France("40328", 960), Destination.France("66008", 1000), Destination.France("34324", 930),
        Destination.France("30133", 900), Destination.France("83061", 1050), Destination.France("88196", 520), Destination.France("88075", 530),
        Destination.France("74010", 770), Destination.France("74056", 830), Destination.France("65388", 1040), Destination.France("65286", 1000),
    ];

    private static readonly Destination[] CityTrips = [Destination.France("75056", 200), Destination.France("77111", 190)];

    private static readonly Destination[] Abroad = [Destination.Abroad("BE", 90), Destination.Abroad("NL", 300), Destination.Abroad("ES", 1200)];

    // The four partner campsites of the séjour commun on the Normandy coast (seed 001, « La singularité du grand séjour commun »).
    private static readonly Destination[] Campsites =
    [
        Destination.France("14488", 340), Destination.France("14191", 350), Destination.France("14325", 345), Destination.France("14754", 320),
    ];

    public static IReadOnlyList<StayKind> Create(int year)
    {
        DateOnly D(int month, int day) => new(year, month, day);
        var familyCosts = new CostModel { LodgingPerNight = (28, 62), LodgingPerPersonNight = (6, 17) };
        return
        [
            new StayKind
            {
                Dispositif = Dispositif.Individuel, Weight = 52, Composition = Composition.Family,
                StartWindows = DateWindow.Of(new(D(5, 2), D(6, 30), 2), new(D(7, 1), D(8, 24), 6), new(D(8, 25), D(9, 30), 1.5), new(D(10, 1), D(10, 24), 1)),
                Nights = Weighted.Of((2, 3), (3, 5), (4, 8), (5, 10), (6, 8), (7, 35), (8, 4), (10, 8), (12, 3), (14, 10), (18, 2), (21, 2), (22, 1), (25, 1)),
                Destinations = Mix((NorthCoast, 4), (FarAway, 5), (CityTrips, 0.6), (Abroad, 0.4)),
                Costs = familyCosts,
                Boards = Weighted.Of((Board.None, 50), (Board.BedAndBreakfast, 5), (Board.Half, 25), (Board.Full, 20)),
                SocialSupport = 0.35, Conventioned = 0.35, Companion = 0.03,
            },
            new StayKind
            {
                Dispositif = Dispositif.SejourCommun, Weight = 8, Composition = Composition.Family,
                StartWindows = DateWindow.Of(new DateWindow(D(8, 22), D(8, 22), 1)),
                Nights = Weighted.Of((7, 1)),
                Destinations = Mix((Campsites, 1)),
                Costs = new CostModel
                {
                    LodgingPerNight = (55, 80), LodgingPerPersonNight = (0, 4), TransportPerPerson = (35, 50),
                    ActivitiesPerPerson = (10, 30), Extras = (0, 25), Premium = 0,
                },
                Boards = Weighted.Of((Board.None, 1)),
                SocialSupport = 0.5, Conventioned = 0.6, Companion = 0.05, CompanionRole = ParticipantRole.CompanionSalaried,
            },
            new StayKind
            {
                Dispositif = Dispositif.SeniorsEnVacances, Weight = 9, Composition = Composition.Seniors,
                StartWindows = DateWindow.Of(new(D(3, 9), D(6, 26), 3), new(D(9, 1), D(10, 16), 2.5)),
                Nights = Weighted.Of((7, 1)),
                Destinations = Mix((FarAway, 1)),
                Costs = new CostModel { LodgingPerNight = (0, 0), LodgingPerPersonNight = (0, 0), TransportPerPerson = (40, 160), Extras = (0, 40), Premium = 0 },
                Boards = Weighted.Of((Board.Full, 70), (Board.Half, 30)),
                SocialSupport = 0.2, Conventioned = 0.2,
            },
            new StayKind
            {
                Dispositif = Dispositif.Bsv, Weight = 10, Composition = Composition.Family,
                StartWindows = DateWindow.Of(new(D(4, 11), D(6, 30), 2), new(D(7, 1), D(8, 24), 5), new(D(8, 25), D(10, 24), 1.5)),
                Nights = Weighted.Of((3, 2), (4, 3), (5, 4), (7, 10), (10, 1), (14, 2)),
                Destinations = Mix((NorthCoast, 2), (FarAway, 5)),
                Costs = new CostModel { LodgingPerNight = (25, 50), LodgingPerPersonNight = (6, 14) },
                Boards = Weighted.Of((Board.None, 60), (Board.Half, 30), (Board.Full, 10)),
                SocialSupport = 0.3, Conventioned = 0.5, SolidarityOffer = true,
            },
            new StayKind
            {
                Dispositif = Dispositif.SacAdos, Weight = 7, Composition = Composition.Youths,
                StartWindows = DateWindow.Of(new(D(1, 2), D(1, 3), 0.15), new(D(2, 14), D(3, 1), 0.6), new(D(4, 11), D(4, 26), 1), new(D(6, 27), D(8, 29), 6), new(D(10, 17), D(10, 31), 1)),
                Nights = Weighted.Of((2, 3), (3, 5), (4, 6), (5, 5), (6, 3), (7, 4), (10, 1)),
                Destinations = Mix((NorthCoast, 2), (FarAway, 3), (CityTrips, 1.5), (Abroad, 1)),
                Costs = new CostModel { LodgingPerNight = (8, 22), LodgingPerPersonNight = (14, 28), TransportPerPerson = (20, 90), ActivitiesPerPerson = (0, 45) },
                Boards = Weighted.Of((Board.None, 85), (Board.BedAndBreakfast, 15)),
                SocialSupport = 0.25, Conventioned = 0.15,
            },
            new StayKind
            {
                Dispositif = Dispositif.JeParsTuParsIlPart, Weight = 9, Composition = Composition.Family,
                StartWindows = DateWindow.Of(new(D(4, 11), D(6, 30), 2), new(D(7, 1), D(8, 29), 4), new(D(9, 1), D(10, 24), 1.5)),
                Nights = Weighted.Of((1, 2), (2, 6), (3, 6), (4, 5), (5, 3), (7, 2)),
                Destinations = Mix((NorthCoast, 5), (CityTrips, 1.5), (FarAway, 1)),
                Costs = familyCosts,
                Boards = Weighted.Of((Board.None, 60), (Board.BedAndBreakfast, 15), (Board.Half, 25)),
                SocialSupport = 0.4, Conventioned = 0.25, Companion = 0.03,
            },
            new StayKind
            {
                Dispositif = Dispositif.Autre, Weight = 2, Composition = Composition.Family,
                StartWindows = DateWindow.Of(new DateWindow(D(5, 2), D(10, 24), 1)),
                Nights = Weighted.Of((3, 2), (5, 2), (7, 4), (10, 1)),
                Destinations = Mix((NorthCoast, 2), (FarAway, 2)),
                Costs = familyCosts,
                Boards = Weighted.Of((Board.None, 60), (Board.Half, 40)),
            },
        ];
    }

    /// <summary>The four offers of seed 003 « Seniors en vacances », with prices around each offer's cap.</summary>
    public static IReadOnlyList<SeniorsOfferSpec> SeniorsOffers() =>
    [
        new(SeniorsOffer.SevenNights, 50, Weighted.Of((7, 85), (6, 5), (8, 5), (3, 5)), Mix((FarAway, 3), (NorthCoast, 1)), (300, 540)),
        new(SeniorsOffer.FourNights, 35, Weighted.Of((4, 85), (3, 8), (5, 7)), Mix((FarAway, 2), (NorthCoast, 1)), (220, 440)),
        new(SeniorsOffer.IleDeFranceTwoNights, 10, Weighted.Of((2, 90), (1, 10)), Mix((CityTrips, 1)), (200, 440)),
        new(SeniorsOffer.OverseasFourNights, 5, Weighted.Of((4, 85), (3, 15)),
            Mix(([Destination.France("97411", 9400), Destination.France("97416", 9420), Destination.France("97225", 6900)], 1)), (330, 540)),
    ];

    /// <summary>Destinations of several groups, each group's weight shared equally by its places.</summary>
    private static Weighted<Destination> Mix(params (Destination[] Places, double Weight)[] groups) =>
        new(groups.SelectMany(g => g.Places.Select(p => (p, g.Weight / g.Places.Length))));
}
