using Vacances.Ingest.Model;
using Vacances.Ingest.Referential;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// « Ne rêvez plus, partez ! », 2026 edition, shaped on seed 000 (the operation's presentation: 26 communes of the
/// CA de Lens-Liévin, 25 partners, the six local modalities, ~100 professionals, ~1,2 M€) and seed 001 (the EFC
/// evaluation: 9 300 departures, séjour commun of ~700 people in 4 campsites of the Normandy coast in late August,
/// 37 % employés, 7 % ouvriers, 61 h / 109 h per professional, the survey figures).
/// </summary>
internal static class NrppProfile
{
    public const string Id = "nrpp-2026";
    private const string Epci = "246200364";
    private const int Year = 2026;
    private const int Communes = 26;
    private const int FundingCommunes = 15;

    public static SampleProfile Create()
    {
        var members = CommuneReferential.Default.All.Where(c => c.Epci == Epci).OrderByDescending(c => c.Population).ThenBy(c => c.Code).ToArray();
        var communes = members.Take(Communes).ToArray();
        // Avion started the operation and Méricourt joined next (seed 001, « Genèse »): both send more than their size.
        var boost = new Dictionary<string, double> { ["62065"] = 4, ["62570"] = 3 };
        var funders = new List<FunderInfo>
        {
            new("ancv", "Agence nationale pour les chèques-vacances (ANCV)", "national"),
            new("caf62", "Caf du Pas-de-Calais", "caf"),
            new("departement62", "Département du Pas-de-Calais", "departement"),
            new("region_hdf", "Région Hauts-de-France", "region"),
            new("call", "Communauté d'agglomération de Lens-Liévin", "epci"),
        };
        funders.AddRange(communes.Take(FundingCommunes).OrderBy(c => c.Code).Select(c => new FunderInfo("commune:" + c.Code, TownName(c), "commune")));
        funders.AddRange(
        [
            new("mecene:horizons_solidaires", "Fondation Horizons solidaires", "fondation"),
            new("mecene:terrils_et_rivages", "Fonds de dotation Terrils et rivages", "fondation"),
            new("mecene:bassin_minier_avenir", "Fondation Bassin minier avenir", "fondation"),
            new("mecene:commercants_gohelle", "Club des commerçants de la Gohelle", "mecene"),
            new("mecene:hebergeurs_solidaires", "Réseau des hébergeurs solidaires", "mecene"),
        ]);
        return new SampleProfile
        {
            Config = new OperationConfig
            {
                Id = Id,
                Name = "Ne rêvez plus, partez ! — édition 2026",
                Year = Year,
                TerritoryEpci = [Epci],
                TerritoryDepartements = ["62"],
                RuleSets = ["ancv"],
                DispositifProgrammes = new Dictionary<string, IReadOnlyList<string>>
                {
                    ["individuel"] = ["ancv.apv", "caf62.vacaf", "departement62.aide_depart", "call.fonds_vacances", "commune.aide_locale", "mecene.soutien_depart"],
                    ["sejour_commun"] = ["ancv.apv", "caf62.vacaf", "region_hdf.sejour_commun", "call.sejour_commun", "commune.aide_locale", "mecene.soutien_depart"],
                    ["sac_ados"] = ["ancv.depart1825", "region_hdf.sac_ados", "call.fonds_vacances", "commune.aide_locale"],
                    ["seniors_en_vacances"] = ["ancv.seniors", "departement62.seniors", "commune.aide_locale"],
                    ["bsv"] = ["ancv.bsv", "caf62.vacaf", "departement62.aide_depart", "commune.aide_locale"],
                    ["je_pars_tu_pars_il_part"] = ["ancv.apv", "caf62.vacaf", "call.fonds_vacances", "commune.aide_locale", "mecene.soutien_depart"],
                    ["autre"] = ["caf62.vacaf", "commune.aide_locale"],
                },
                StackingOrder = ["caf62", "ancv", "departement62", "region_hdf", "call", "commune:", "mecene:"],
                Funders = funders,
                SmallCellThreshold = 11,
            },
            Communes = new Weighted<string>(communes.Select(c => (c.Code, (c.Population ?? 0) * boost.GetValueOrDefault(c.Code, 1)))),
            Kinds = NrppStayKinds.Create(Year),
            SeniorsOffers = NrppStayKinds.SeniorsOffers(),
            Holidays = new SchoolHolidays(
            [
                // Zone B (académie de Lille), 2025-2026 and 2026-2027 school years.
                (new(2025, 12, 20), new(2026, 1, 5)), (new(2026, 2, 14), new(2026, 3, 2)), (new(2026, 4, 11), new(2026, 4, 27)),
                (new(2026, 5, 13), new(2026, 5, 18)), (new(2026, 7, 4), new(2026, 9, 1)), (new(2026, 10, 17), new(2026, 11, 2)),
                (new(2026, 12, 19), new(2027, 1, 4)),
            ]),
            Qf = (140, 620, 1500),
            LastAvfYear = Weighted.Of<int?>((null, 96), (2025, 4)),
            Aids = new AidModel
            {
                FundedShare = (0.27, 0.58),
                Funders = new Dictionary<string, (double, double)>
                {
                    ["ancv"] = (0.85, 3), ["caf62"] = (0.6, 2.2), ["departement62"] = (0.35, 1.4), ["region_hdf"] = (0.6, 1.5),
                    ["call"] = (0.6, 1.6), ["commune"] = (0.7, 1.2), ["mecene"] = (0.15, 0.8),
                },
                PerPersonCeiling = new Dictionary<string, double>
                {
                    ["ancv.apv"] = 420, ["ancv.depart1825"] = 200, ["ancv.seniors"] = 212, ["ancv.bsv"] = 160,
                },
                PersonLevelPrefixes = ["ancv"],
            },
            CvRequestsPerDossier = 20.0 / 3500,
            EquipmentRequestsPerDossier = 5.0 / 3500,
            Survey = new SurveyModel
            {
                Partants = 274,
                Professionals = 44,
                CommuneBoost = new Dictionary<string, double> { ["62065"] = 3 },
                DispositifBoost = new Dictionary<string, double> { ["sejour_commun"] = 4 },
            },
        };
    }

    /// <summary>« Ville d'Avion », « Ville de Lens ».</summary>
    private static string TownName(Commune commune) =>
        "AEIOUYÉÈÊÂÎÔ".Contains(commune.Name[0], StringComparison.Ordinal) ? $"Ville d'{commune.Name}" : $"Ville de {commune.Name}";
}
