using Vacances.Ingest.Model;
using Vacances.Ingest.Referential;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// Ille-et-Vilaine families in 2023, shaped to exercise the CAF 35 holiday aids (seed 004; I-20 to I-25): QF on and
/// around the tier bounds, AEEH, school holidays of zone B, stays longer than 7 and 14 nights, summer distances around
/// 200 and 400 km, family stays, children's stays without their family in conventioned structures, social support,
/// start dates around the rule set's period (2023-01-03 to 2024-01-07) and the AAT summer window.
/// Distances are one-way road kilometres from Rennes, rounded.
/// </summary>
internal static class Caf35Profile
{
    public const string Id = "caf35-2023";
    private const int Year = 2023;

    private static readonly Destination[] FamilyPlaces =
    [
        Destination.France("35288", 70), Destination.France("35049", 80), Destination.France("35093", 75), Destination.France("22054", 110),
        Destination.France("50218", 110), Destination.France("22168", 170), Destination.France("56034", 150), Destination.France("56186", 160),
        Destination.France("29039", 200), Destination.France("29232", 215), Destination.France("44131", 130), Destination.France("44055", 120),
        Destination.France("85234", 180), Destination.France("85194", 200), Destination.France("85294", 235), Destination.France("14117", 220),
        Destination.France("17306", 330), Destination.France("75056", 350), Destination.France("77111", 380), Destination.France("62108", 430),
        Destination.France("33009", 480), Destination.France("33214", 490), Destination.France("40328", 610), Destination.France("64122", 640),
        Destination.France("65286", 700), Destination.France("65388", 720), Destination.France("74010", 830), Destination.France("88075", 830),
        Destination.France("66008", 980), Destination.France("30133", 960), Destination.France("83061", 1150), Destination.Abroad("ES", 1000),
    ];

    private static readonly Destination[] Camps =
    [
        Destination.France("35288", 70), Destination.France("22054", 110), Destination.France("56034", 150), Destination.France("56186", 160),
        Destination.France("44131", 130), Destination.France("88075", 830), Destination.France("74010", 830), Destination.France("65388", 720),
        Destination.Abroad("GB", 600),
    ];

    public static SampleProfile Create()
    {
        DateOnly D(int year, int month, int day) => new(year, month, day);
        var communes = CommuneReferential.Default.All.Where(c => c.Departement == "35" && c.Type == "commune-actuelle" && c.Population > 0).ToArray();
        return new SampleProfile
        {
            Config = new OperationConfig
            {
                Id = Id,
                Name = "Aides aux vacances de la Caf d'Ille-et-Vilaine — 2023",
                Year = Year,
                TerritoryDepartements = ["35"],
                RuleSets = ["caf35"],
                DispositifProgrammes = new Dictionary<string, IReadOnlyList<string>>
                {
                    ["individuel"] = ["caf35.avf", "caf35.aat", "caf35.avs"],
                    ["autre"] = ["caf35.ave"],
                },
                StackingOrder = ["caf35"],
                Funders = [new FunderInfo("caf35", "Caf d'Ille-et-Vilaine", "caf")],
                SmallCellThreshold = 11,
            },
            Communes = new Weighted<string>(communes.Select(c => (c.Code, (double)c.Population!.Value))),
            Kinds =
            [
                new StayKind
                {
                    Dispositif = Dispositif.Individuel, Weight = 70, Composition = Composition.Family,
                    StartWindows = DateWindow.Of(
                        new(D(2023, 1, 2), D(2023, 1, 2), 0.25), new(D(2023, 1, 3), D(2023, 1, 3), 0.25), new(D(2023, 2, 11), D(2023, 2, 25), 1), new(D(2023, 4, 15), D(2023, 4, 30), 1.2),
                        new(D(2023, 5, 17), D(2023, 5, 20), 0.3), new(D(2023, 6, 1), D(2023, 7, 4), 0.8), new(D(2023, 7, 5), D(2023, 7, 9), 0.6),
                        new(D(2023, 7, 10), D(2023, 8, 26), 5), new(D(2023, 8, 27), D(2023, 9, 3), 0.6), new(D(2023, 10, 21), D(2023, 11, 4), 0.8),
                        new(D(2023, 12, 23), D(2024, 1, 6), 0.6), new(D(2024, 1, 7), D(2024, 1, 7), 0.25), new(D(2024, 1, 8), D(2024, 1, 8), 0.25)),
                    Nights = Weighted.Of((1, 3), (2, 6), (3, 6), (4, 6), (5, 6), (6, 4), (7, 25), (8, 6), (10, 6), (14, 8), (21, 2)),
                    Destinations = new Weighted<Destination>(FamilyPlaces.Select(p => (p, 1.0))),
                    Costs = new CostModel { LodgingPerNight = (30, 70), LodgingPerPersonNight = (5, 15) },
                    Boards = Weighted.Of((Board.None, 40), (Board.BedAndBreakfast, 5), (Board.Half, 28), (Board.Full, 27)),
                    SocialSupport = 0.22, Conventioned = 0.5,
                },
                new StayKind
                {
                    Dispositif = Dispositif.Autre, Weight = 30, Composition = Composition.ChildrenAlone,
                    StartWindows = DateWindow.Of(
                        new(D(2023, 2, 11), D(2023, 2, 24), 1), new(D(2023, 4, 15), D(2023, 4, 29), 1.2), new(D(2023, 6, 10), D(2023, 6, 30), 0.3),
                        new(D(2023, 7, 8), D(2023, 8, 25), 6), new(D(2023, 10, 21), D(2023, 11, 3), 0.8), new(D(2023, 12, 26), D(2024, 1, 2), 0.3)),
                    Nights = Weighted.Of((1, 2), (2, 3), (3, 4), (4, 5), (5, 8), (6, 6), (7, 10), (10, 5), (12, 3), (14, 6), (15, 2), (18, 1), (21, 2)),
                    Destinations = new Weighted<Destination>(Camps.Select(p => (p, 1.0))),
                    Costs = new CostModel
                    {
                        LodgingPerNight = (0, 0), LodgingPerPersonNight = (28, 50), TransportPerPerson = (20, 80),
                        ActivitiesPerPerson = (10, 90), Extras = (0, 20), TouristTaxPerAdultNight = (0, 0), Premium = 0,
                    },
                    Boards = Weighted.Of((Board.Full, 1)),
                    SocialSupport = 0.1, Conventioned = 0.85,
                },
            ],
            Holidays = new SchoolHolidays(
            [
                // Zone B (académie de Rennes), 2022-2023 and 2023-2024 school years.
                (new(2022, 12, 17), new(2023, 1, 3)), (new(2023, 2, 11), new(2023, 2, 27)), (new(2023, 4, 15), new(2023, 5, 2)),
                (new(2023, 5, 17), new(2023, 5, 22)), (new(2023, 7, 8), new(2023, 9, 4)), (new(2023, 10, 21), new(2023, 11, 6)),
                (new(2023, 12, 23), new(2024, 1, 8)),
            ]),
            // Tier bounds of AVF and AVE (seed 004; I-01 inclusive ranges on whole euros, I-21, I-25), with a few decimals.
            FamilyTypes = Weighted.Of(
                (FamilyType.SingleParent, 40), (FamilyType.CoupleWithChildren, 46), (FamilyType.Alone, 5), (FamilyType.Couple, 3), (FamilyType.GrandParents, 6)),
            Qf = (80, 460, 1150),
            QfBoundaries = (0.2, [300, 301, 449, 449.6, 450, 549, 550, 600, 600.4, 601, 700, 701, 900, 901]),
            // AAT distance bounds (seed 004, Dispositif n°2; I-23).
            DistanceBoundaries = (0.12, [199, 200, 201, 399, 400, 401, 402]),
            LastAvfYear = Weighted.Of<int?>((null, 55), (2022, 15), (2021, 18), (2020, 7), (2019, 5)),
            RepeatHousehold = 0.08,
            ProfessionalsPerDossier = 1.0 / 30,
            Survey = new SurveyModel { Partants = 60, Professionals = 10 },
        };
    }
}
