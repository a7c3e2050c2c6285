using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Analytics.Survey;
using Vacances.Ingest.Model;
using Vacances.Reports.Input;
using Vacances.TestSupport;

namespace Vacances.Reports.Tests.Fixtures;

/// <summary>
/// A hand-made, realistic bilan input shaped on seeds 000 and 001 (« Ne rêvez plus, partez ! »): the 26 largest
/// communes of the CA de Lens-Liévin from the committed COG referential (Avion and Méricourt over-represented),
/// about 9 300 departures, seed 001's survey figures, ~1,2 M€ of aid flows. Catalogue values are derived from the
/// fixture's own counts, so totals add up; one small commune is suppressed by disclosure control.
/// </summary>
public static class SampleBilanInput
{
    private static readonly Lazy<BilanInput> Cached = new(Build);

    public static BilanInput Create() => Cached.Value;

    private static readonly string[] Dispositifs = ["individuel", "sejour_commun", "sac_ados", "seniors_en_vacances", "bsv", "je_pars_tu_pars_il_part"];
    private static readonly decimal[] DispositifShares = [0.56m, 0.075m, 0.05m, 0.14m, 0.12m, 0.055m];
    private static readonly string[] Months = ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];
    private static readonly decimal[] MonthShares = [0.08m, 0.12m, 0.31m, 0.33m, 0.11m, 0.05m];

    private static BilanInput Build()
    {
        var communes = File.ReadLines(Path.Combine(RepositoryPaths.Root, "src", "Ingest", "Referential", "communes.csv"))
            .Skip(1).Select(l => l.Split(';')).Where(f => f[3] == "246200364")
            .Select(f => new CommuneInfo(f[0], f[1], int.Parse(f[2])))
            .OrderByDescending(c => c.Population).Take(26).OrderBy(c => c.Insee, StringComparer.Ordinal).ToList();
        var operation = new OperationConfig
        {
            Id = "nrpp-2026",
            Name = "Ne rêvez plus, partez ! — édition 2026",
            Year = 2026,
            TerritoryEpci = ["246200364"],
            TerritoryDepartements = ["62"],
            RuleSets = ["ancv"],
            Funders =
            [
                new("ancv", "ANCV", "national"), new("caf62", "CAF du Pas-de-Calais", "caf"),
                new("departement62", "Département du Pas-de-Calais", "departement"), new("region_hdf", "Région Hauts-de-France", "region"),
                new("call", "CA de Lens-Liévin", "epci"), new("commune:62065", "Ville d'Avion", "commune"),
                new("commune:62570", "Ville de Méricourt", "commune"), new("mecene:fondation_lumiere", "Fondation Lumière", "mecene"),
            ],
            SmallCellThreshold = 11,
        };

        // Persons per commune: proportional to population, Avion ×4 and Méricourt ×3, the smallest commune kept tiny.
        var weights = communes.ToDictionary(c => c.Insee, c => c.Population * (c.Insee == "62065" ? 4m : c.Insee == "62570" ? 3m : 1m));
        var smallest = communes.OrderBy(c => c.Population).First().Insee;
        var persons = new Dictionary<string, int>();
        var rest = 9300 - 7;
        var weightSum = weights.Where(w => w.Key != smallest).Sum(w => w.Value);
        foreach (var c in communes.Where(c => c.Insee != smallest)) persons[c.Insee] = (int)Math.Round(rest * weights[c.Insee] / weightSum);
        persons[smallest] = 7;
        var totalPersons = persons.Values.Sum();

        var definitions = new List<IndicatorDefinition>();
        var values = new List<IndicatorValue>();
        IndicatorDefinition Def(string id, string label, string section, string num, string? den, decimal factor, string unit, params string[] dims)
        {
            var d = new IndicatorDefinition(id, label, section, num, den, factor, unit, dims, ["dossiers.csv", "participants.csv"], "001");
            definitions.Add(d);
            return d;
        }
        void Count(string id, string dim, string cat, decimal n, bool suppressible = true) =>
            values.Add(suppressible && n > 0 && n < operation.SmallCellThreshold
                ? new IndicatorValue(id, dim, cat, n, null, null, true)
                : new IndicatorValue(id, dim, cat, n, null, n, false));
        void Ratio(string id, string dim, string cat, decimal num, decimal den, decimal factor) =>
            values.Add(den < operation.SmallCellThreshold
                ? new IndicatorValue(id, dim, cat, num, den, null, true)
                : new IndicatorValue(id, dim, cat, num, den, Math.Round(num / den * factor, 1), false));

        Def("departs.dossiers", "Dossiers de départ", "departs", "dossiers", null, 1, "nombre", "commune", "dispositif", "mois");
        Def("departs.personnes", "Personnes parties", "departs", "participants (tous rôles)", null, 1, "nombre", "commune", "dispositif", "mois");
        Def("departs.nuitees", "Nuitées", "departs", "Σ des nuits du dossier de chaque participant", null, 1, "nombre", "commune", "dispositif");
        int Dossiers(int p) => (int)Math.Round(p / 2.65m);
        int Nights(int p, decimal perPerson) => (int)Math.Round(p * perPerson);
        Count("departs.dossiers", "total", "", Dossiers(totalPersons), false);
        Count("departs.personnes", "total", "", totalPersons, false);
        Count("departs.nuitees", "total", "", Nights(totalPersons, 6.4m), false);
        foreach (var c in communes)
        {
            Count("departs.dossiers", "commune", c.Insee, Dossiers(persons[c.Insee]));
            Count("departs.personnes", "commune", c.Insee, persons[c.Insee]);
            Count("departs.nuitees", "commune", c.Insee, Nights(persons[c.Insee], 6.4m));
        }
        for (var i = 0; i < Dispositifs.Length; i++)
        {
            var p = (int)Math.Round(totalPersons * DispositifShares[i]);
            Count("departs.dossiers", "dispositif", Dispositifs[i], Dossiers(p));
            Count("departs.personnes", "dispositif", Dispositifs[i], p);
            Count("departs.nuitees", "dispositif", Dispositifs[i], Nights(p, Dispositifs[i] == "sejour_commun" ? 7m : 6.3m));
        }
        for (var i = 0; i < Months.Length; i++)
        {
            var p = (int)Math.Round(totalPersons * MonthShares[i]);
            Count("departs.dossiers", "mois", Months[i], Dossiers(p));
            Count("departs.personnes", "mois", Months[i], p);
        }

        var knownPcs = 5120m;
        Def("public.part_employes", "Part d'employés parmi les adultes", "public", "adultes employés", "adultes de PCS connue", 100, "%", "commune");
        Def("public.part_ouvriers", "Part d'ouvriers parmi les adultes", "public", "adultes ouvriers", "adultes de PCS connue", 100, "%");
        Def("public.premiers_departs", "Premiers départs", "public", "participants partis pour la première fois", "participants dont l'information est connue", 100, "%");
        Def("public.adultes_pcs", "Adultes par catégorie socioprofessionnelle", "public", "adultes", null, 1, "nombre", "pcs");
        Def("public.dossiers_menage", "Dossiers par type de ménage", "public", "dossiers", null, 1, "nombre", "household_type");
        Def("public.dossiers_qf", "Dossiers par tranche de quotient familial", "public", "dossiers", null, 1, "nombre", "tranche_qf");
        Ratio("public.part_employes", "total", "", Math.Round(knownPcs * 0.37m), knownPcs, 100);
        foreach (var c in communes)
        {
            var k = Math.Round(knownPcs * persons[c.Insee] / totalPersons);
            Ratio("public.part_employes", "commune", c.Insee, Math.Round(k * (0.30m + (c.Population % 13) / 100m)), k, 100);
        }
        Ratio("public.part_ouvriers", "total", "", Math.Round(knownPcs * 0.07m), knownPcs, 100);
        Ratio("public.premiers_departs", "total", "", 4980, 8610, 100);
        var pcs = new (string, decimal)[] { ("employe", 0.37m), ("sans_activite", 0.24m), ("retraite", 0.17m), ("ouvrier", 0.07m), ("intermediaire", 0.06m), ("etudiant", 0.05m), ("artisan_commercant", 0.025m), ("cadre", 0.0045m) };
        Count("public.adultes_pcs", "total", "", knownPcs, false);
        foreach (var (code, share) in pcs) Count("public.adultes_pcs", "pcs", code, Math.Round(knownPcs * share));
        var households = new (string, decimal)[] { ("couple_avec_enfants", 0.34m), ("famille_monoparentale", 0.29m), ("personne_seule", 0.22m), ("couple_sans_enfant", 0.15m) };
        var totalDossiers = Dossiers(totalPersons);
        Count("public.dossiers_menage", "total", "", totalDossiers, false);
        foreach (var (code, share) in households) Count("public.dossiers_menage", "household_type", code, Math.Round(totalDossiers * share));
        var qf = new (string, decimal)[] { ("qf_0_450", 0.31m), ("qf_451_700", 0.33m), ("qf_701_900", 0.2m), ("qf_901_1200", 0.12m), ("qf_plus_1200", 0.04m) };
        Count("public.dossiers_qf", "total", "", totalDossiers, false);
        foreach (var (code, share) in qf) Count("public.dossiers_qf", "tranche_qf", code, Math.Round(totalDossiers * share));

        Def("pros.professionnels", "Professionnels mobilisés", "pros", "professionnels distincts", null, 1, "nombre", "role");
        Def("pros.heures_directes_moyenne", "Heures d'accompagnement direct par professionnel", "pros", "Σ heures directes", "professionnels", 1, "h", "role");
        Def("pros.heures_totales_moyenne", "Heures d'implication totale par professionnel", "pros", "Σ heures totales", "professionnels", 1, "h", "role");
        Def("pros.pratiques_evoluees", "Professionnels dont les pratiques ont évolué", "pros", "professionnels répondant oui (pondéré)", "professionnels répondants", 100, "%");
        Def("pros.competences", "Compétences acquises ou renforcées", "pros", "professionnels citant la compétence", "professionnels répondants", 100, "%", "competence");
        var roles = new (string, int, decimal, decimal)[] { ("travailleur_social", 38, 72, 121), ("agent_ccas", 27, 64, 108), ("referent_familles", 18, 55, 98), ("animateur", 11, 40, 96), ("elu", 6, 12, 71) };
        var pros = roles.Sum(r => r.Item2);
        Count("pros.professionnels", "total", "", pros, false);
        var direct = roles.Sum(r => r.Item2 * r.Item3);
        var totalH = roles.Sum(r => r.Item2 * r.Item4);
        Ratio("pros.heures_directes_moyenne", "total", "", direct, pros, 1);
        Ratio("pros.heures_totales_moyenne", "total", "", totalH, pros, 1);
        foreach (var (role, n, d, t) in roles)
        {
            Count("pros.professionnels", "role", role, n);
            Ratio("pros.heures_directes_moyenne", "role", role, n * d, n, 1);
            Ratio("pros.heures_totales_moyenne", "role", role, n * t, n, 1);
        }
        Ratio("pros.pratiques_evoluees", "total", "", 37, 44, 100);
        foreach (var (code, k) in new[] { ("relationnelles", 31), ("environnement_vacancier", 27), ("ingenierie_projet", 19), ("partenariat", 29), ("modalites_intervention", 22) })
            Ratio("pros.competences", "competence", code, k, 44, 100);

        var survey = new (string Id, string Label, double P, int N, double Deff)[]
        {
            ("enquete.decouverte_droits_vacances", "Partants ayant découvert leurs droits aux vacances", 0.612, 268, 1.31),
            ("enquete.decouverte_droits_loisirs", "Partants ayant découvert leurs droits aux loisirs", 0.063, 268, 1.28),
            ("enquete.relation_enfants_tres_positive", "Effet très positif sur la relation avec les enfants", 0.598, 187, 1.36),
            ("enquete.capacite_repartir", "Partants se sentant capables de repartir", 0.521, 259, 1.30),
            ("enquete.relation_institutions_amelioree", "Relation aux institutions améliorée", 0.334, 262, 1.27),
        };
        var outcomes = new List<SurveyOutcome>();
        foreach (var s in survey)
        {
            Def(s.Id, s.Label, "enquete", "répondants (pondérés)", "répondants à la question (pondérés)", 100, "%");
            values.Add(new IndicatorValue(s.Id, "total", "", (decimal)Math.Round(s.P * 9300), 9300, (decimal)Math.Round(s.P * 100, 1), false));
            outcomes.Add(new SurveyOutcome(s.Id, Estimate(s.Id, s.P, s.N, s.Deff)));
        }
        outcomes.Add(new SurveyOutcome("pros.pratiques_evoluees", Estimate("pratiques_evoluees", 37 / 44.0, 44, 1.0)));
        foreach (var (disp, p, n) in new[] { ("individuel", 0.64, 141), ("sejour_commun", 0.57, 46), ("seniors_en_vacances", 0.55, 38) })
        {
            values.Add(new IndicatorValue("enquete.decouverte_droits_vacances", "dispositif", disp, (decimal)Math.Round(p * n), n, (decimal)Math.Round(p * 100, 1), false));
            outcomes.Add(new SurveyOutcome("enquete.decouverte_droits_vacances", Estimate("decouverte_droits_vacances", p, n, 1.2), "dispositif", disp));
        }

        var flows = Flows(communes, persons);
        Def("flux.total_eur", "Montant total des aides", "flux", "Σ des flux d'aides (enregistrés + estimés)", null, 1, "€");
        Def("flux.enregistre_eur", "Aides enregistrées par les financeurs", "flux", "Σ des aides enregistrées (aids.csv)", null, 1, "€");
        values.Add(new IndicatorValue("flux.total_eur", "total", "", flows.Sum(f => f.AmountEur), null, flows.Sum(f => f.AmountEur), false));
        values.Add(new IndicatorValue("flux.enregistre_eur", "total", "", flows.Where(f => !f.Estimated).Sum(f => f.AmountEur), null, flows.Where(f => !f.Estimated).Sum(f => f.AmountEur), false));

        Def("territoire.departs_pour_1000", "Départs pour 1 000 habitants", "territoire", "personnes parties résidant dans la commune", "population municipale", 1000, "‰", "commune");
        Ratio("territoire.departs_pour_1000", "total", "", totalPersons, communes.Sum(c => c.Population), 1000);
        foreach (var c in communes) Ratio("territoire.departs_pour_1000", "commune", c.Insee, persons[c.Insee], c.Population, 1000);

        return new BilanInput
        {
            Operation = operation,
            PublicationDate = new DateOnly(2026, 11, 22),
            Definitions = definitions,
            Values = values,
            Flows = flows,
            ComplianceAlerts = 3,
            SurveyOutcomes = outcomes,
            SurveyDesign = new SurveyDesign(274, totalPersons, ["le dispositif", "le groupe de communes"], 0.95, 44),
            Verbatims = SampleVerbatims.All,
            Classifier = new ClassifierMetrics(640, 5, 0.87, 0.69,
            [
                new("acces_droits", 0.89), new("relation_institutions", 0.85), new("autonomie_financiere", 0.9),
                new("reengagement", 0.86), new("dynamique_familiale", 0.91), new("autre", 0.81),
            ]),
            Quality =
            [
                new("dossiers.csv", 3512, 3509, 3, ["date de fin antérieure à la date de début (2)", "commune inconnue du COG (1)"]),
                new("participants.csv", 9318, 9312, 6, ["âge invraisemblable (4)", "dossier inexistant (2)"]),
                new("aids.csv", 6120, 6120, 0, []),
                new("professionals.csv", 500, 500, 0, []),
            ],
            Eligibility =
            [
                new("ancv.apv", "ANCV — Aide aux projets vacances", "003_ca2202353c143c2a.txt, Aide aux projets vacances", 9312, 6244),
                new("ancv.bsv", "ANCV — Bourse solidarité vacances", "003_ca2202353c143c2a.txt, Bourse solidarité vacances", 1116, 1097),
                new("ancv.depart1825", "ANCV — Départ 18:25", "003_ca2202353c143c2a.txt, Départ 18:25", 465, 402),
                new("ancv.seniors", "ANCV — Seniors en vacances", "003_ca2202353c143c2a.txt, Seniors en vacances", 1302, 1188),
                new("caf62.vacaf", "CAF 62 — Vacaf (aide enregistrée)", "aides enregistrées, règles non codées", 0, 0),
            ],
            Communes = communes,
        };
    }

    private static ProportionEstimate Estimate(string question, double p, int n, double deff)
    {
        var se = Math.Sqrt(p * (1 - p) / n * deff);
        var logit = Math.Log(p / (1 - p));
        var seLogit = se / (p * (1 - p));
        double Inv(double x) => 1 / (1 + Math.Exp(-x));
        return new ProportionEstimate(question, "oui", n, p, se, p - 1.96 * se, p + 1.96 * se,
            Inv(logit - 1.96 * seLogit), Inv(logit + 1.96 * seLogit), 0.95, deff);
    }

    private static IReadOnlyList<AidFlow> Flows(IReadOnlyList<CommuneInfo> communes, IReadOnlyDictionary<string, int> persons)
    {
        // Per-person amounts by dispositif and (funder, programme), roughly 1,2 M€ in all (seed 000).
        var plan = new (string Dispositif, decimal Share, (string Funder, string Programme, decimal PerPerson, bool Estimated)[] Aids)[]
        {
            ("individuel", 0.56m, [("caf62", "caf62.vacaf", 52m, false), ("ancv", "ancv.apv", 48m, true), ("departement62", "departement62.aide_depart", 18m, false), ("commune", "commune.aide_locale", 9m, false), ("call", "call.fonds_vacances", 6m, false)]),
            ("sejour_commun", 0.075m, [("call", "call.fonds_vacances", 160m, false), ("region_hdf", "region_hdf.sejours_collectifs", 55m, false), ("mecene:fondation_lumiere", "mecene.dons", 40m, false)]),
            ("sac_ados", 0.05m, [("ancv", "ancv.depart1825", 90m, true), ("region_hdf", "region_hdf.sac_ados", 60m, false)]),
            ("seniors_en_vacances", 0.14m, [("ancv", "ancv.seniors", 185m, true), ("departement62", "departement62.aide_depart", 20m, false)]),
            ("bsv", 0.12m, [("ancv", "ancv.bsv", 95m, false), ("caf62", "caf62.vacaf", 25m, false)]),
            ("je_pars_tu_pars_il_part", 0.055m, [("call", "call.fonds_vacances", 70m, false), ("commune", "commune.aide_locale", 15m, false)]),
        };
        var flows = new List<AidFlow>();
        foreach (var c in communes)
            foreach (var (dispositif, share, aids) in plan)
            {
                var people = Math.Round(persons[c.Insee] * share);
                if (people == 0) continue;
                foreach (var (funder, programme, perPerson, estimated) in aids)
                {
                    var code = funder == "commune"
                        ? (c.Insee is "62065" or "62570" ? "commune:" + c.Insee : "call")
                        : funder;
                    var programmeId = funder == "commune" && code == "call" ? "call.fonds_vacances" : programme;
                    flows.Add(new AidFlow(code, programmeId, c.Insee, dispositif, people * perPerson, estimated));
                }
            }
        return flows
            .GroupBy(f => (f.Funder, f.Programme, f.CommuneInsee, f.Dispositif, f.Estimated))
            .Select(g => new AidFlow(g.Key.Funder, g.Key.Programme, g.Key.CommuneInsee, g.Key.Dispositif, g.Sum(f => f.AmountEur), g.Key.Estimated))
            .ToList();
    }
}
