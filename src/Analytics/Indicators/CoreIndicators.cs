using static Vacances.Analytics.Indicators.IndicatorDimensions;

namespace Vacances.Analytics.Indicators;

/// <summary>
/// The declarative list of the core indicators (DESIGN §5): id, French label, numerator, denominator, factor, unit,
/// dimensions, source fields, seed reference. All are computed over the accepted rows of one operation. The ten
/// ids of the DESIGN §5 table follow its definitions word for word; survey outcomes come from the <c>enquete</c>
/// section the survey module adds (<see cref="IndicatorCatalogue.With"/>).
/// </summary>
public static class CoreIndicators
{
    private const string Seed001Departs = "001, Introduction (9 300 départs effectifs)";
    private const string Seed001Invisibles = "001, Toucher les « invisibles » des politiques sociales";
    private const string Seed001Pros = "001, Créer les conditions favorables à l'engagement professionnel (61 h / 109 h)";
    private const string Seed000Budget = "000, le budget de l'opération (~1,2 M€) ; DESIGN §4.4";

    private static readonly string[] DepartureDimensions = [Commune, Dispositif, Mois, Destination];
    private static readonly string[] PublicDimensions = [Commune, Dispositif];
    private static readonly string[] DossierPlace =
        ["dossiers.commune_insee", "dossiers.dispositif", "dossiers.start_date", "dossiers.destination_insee", "dossiers.destination_country"];

    // departs
    public static readonly IndicatorDefinition DepartsDossiers = new("departs.dossiers", "Dossiers de départ", "departs",
        "nombre de dossiers", null, 1m, "nombre", DepartureDimensions, ["dossiers.dossier_id", .. DossierPlace], Seed001Departs);
    public static readonly IndicatorDefinition DepartsPersonnes = new("departs.personnes", "Personnes parties", "departs",
        "nombre de participants (tous rôles)", null, 1m, "nombre", DepartureDimensions,
        ["participants.participant_id", "participants.dossier_id", .. DossierPlace], Seed001Departs);
    public static readonly IndicatorDefinition DepartsNuitees = new("departs.nuitees", "Nuitées", "departs",
        "Σ sur les participants des nuitées de leur dossier (fin − début)", null, 1m, "nombre", DepartureDimensions,
        ["participants.dossier_id", "dossiers.start_date", "dossiers.end_date", .. DossierPlace], Seed001Departs);
    public static readonly IndicatorDefinition DepartsDureeMoyenne = new("departs.duree_moyenne", "Durée moyenne du séjour par personne", "departs",
        "Σ sur les participants des nuitées de leur dossier", "nombre de participants", 1m, "nuitées", DepartureDimensions,
        ["participants.dossier_id", "dossiers.start_date", "dossiers.end_date", .. DossierPlace], Seed001Departs);

    // public
    public static readonly IndicatorDefinition PublicPartEmployes = new("public.part_employes", "Part d'employés parmi les adultes", "public",
        "participants de 18 ans ou plus (âge au premier jour du séjour) avec pcs = employe",
        "participants de 18 ans ou plus dont la pcs est connue", 100m, "%", PublicDimensions,
        ["participants.pcs", "participants.birth_date", "participants.age", "dossiers.start_date"], Seed001Invisibles + " (37 % d'employés)");
    public static readonly IndicatorDefinition PublicPartOuvriers = new("public.part_ouvriers", "Part d'ouvriers parmi les adultes", "public",
        "participants de 18 ans ou plus (âge au premier jour du séjour) avec pcs = ouvrier",
        "participants de 18 ans ou plus dont la pcs est connue", 100m, "%", PublicDimensions,
        ["participants.pcs", "participants.birth_date", "participants.age", "dossiers.start_date"], Seed001Invisibles + " (7 % d'ouvriers)");
    public static readonly IndicatorDefinition PublicRepartitionPcs = new("public.repartition_pcs", "Répartition des adultes par PCS", "public",
        "participants de 18 ans ou plus de la PCS", "participants de 18 ans ou plus dont la pcs est connue", 100m, "%", [Pcs],
        ["participants.pcs", "participants.birth_date", "participants.age", "dossiers.start_date"], Seed001Invisibles);
    public static readonly IndicatorDefinition PublicPremiersDeparts = new("public.premiers_departs", "Part de premiers départs", "public",
        "participants avec first_departure vrai", "participants dont first_departure est connu", 100m, "%", PublicDimensions,
        ["participants.first_departure"], "001, Réengagement dans le projet vacances ; DESIGN §3.2");
    public static readonly IndicatorDefinition PublicTypeMenage = new("public.type_menage", "Répartition des dossiers par type de ménage", "public",
        "dossiers du type (adultes et enfants du dossier : personne seule, couple sans enfant, famille monoparentale, couple avec enfants, autre)",
        "nombre de dossiers", 100m, "%", [TypeMenage], ["participants.role", "dossiers.couple"], "001, Impacts sur la dynamique familiale");
    public static readonly IndicatorDefinition PublicTrancheQf = new("public.tranche_qf", "Répartition des dossiers par tranche de quotient familial", "public",
        "dossiers dont le QF (euros entiers) est dans la tranche", "dossiers dont le QF est connu", 100m, "%", [TrancheQf],
        ["dossiers.qf_eur"], "004, AVF (tranches 449 / 700 €) ; 003, APV (900 €) et BSV (1 000 €)");
    public static readonly IndicatorDefinition PublicInvisibles = new("public.invisibles", "Part d'« invisibles » (travailleurs au-dessus des seuils d'aide sociale)", "public",
        "participants de 18 ans ou plus en emploi (pcs agriculteur, artisan_commercant, intermediaire, employe ou ouvrier) dont le QF du dossier dépasse "
        + "700 €, plafond de l'aide aux vacances familiales de la CAF (004, AVF ; I-21)",
        "participants de 18 ans ou plus dont la pcs et le QF du dossier sont connus", 100m, "%", PublicDimensions,
        ["participants.pcs", "participants.birth_date", "participants.age", "dossiers.qf_eur", "dossiers.start_date"], Seed001Invisibles);

    // pros
    public static readonly IndicatorDefinition ProsProfessionnels = new("pros.professionnels", "Professionnels mobilisés", "pros",
        "nombre de pro_id distincts de professionals.csv", null, 1m, "nombre", [Role, Commune],
        ["professionals.pro_id", "professionals.role", "professionals.commune_insee"], "000, ~100 professionnels ; " + Seed001Pros);
    public static readonly IndicatorDefinition ProsHeuresDirectesMoyenne = new("pros.heures_directes_moyenne", "Heures d'accompagnement direct par professionnel", "pros",
        "Σ hours_direct", "nombre de pro_id distincts de professionals.csv", 1m, "h", [Role, Commune],
        ["professionals.pro_id", "professionals.hours_direct"], Seed001Pros);
    public static readonly IndicatorDefinition ProsHeuresTotalesMoyenne = new("pros.heures_totales_moyenne", "Heures d'implication totale par professionnel", "pros",
        "Σ hours_total", "nombre de pro_id distincts", 1m, "h", [Role, Commune],
        ["professionals.pro_id", "professionals.hours_total"], Seed001Pros);
    public static readonly IndicatorDefinition ProsPartHeuresDirectes = new("pros.part_heures_directes", "Part de l'accompagnement direct dans l'implication", "pros",
        "Σ hours_direct", "Σ hours_total", 100m, "%", [Role], ["professionals.hours_direct", "professionals.hours_total"], Seed001Pros);
    public static readonly IndicatorDefinition ProsHeuresDirectesParDepart = new("pros.heures_directes_par_depart", "Heures d'accompagnement direct par personne partie", "pros",
        "Σ hours_direct", "nombre de participants (tous rôles)", 1m, "h", [],
        ["professionals.hours_direct", "participants.participant_id"], Seed001Pros);
    public static readonly IndicatorDefinition ProsHeuresTotalesParDepart = new("pros.heures_totales_par_depart", "Heures d'implication totale par personne partie", "pros",
        "Σ hours_total", "nombre de participants (tous rôles)", 1m, "h", [],
        ["professionals.hours_total", "participants.participant_id"], Seed001Pros);
    public static readonly IndicatorDefinition ProsHeuresDirectes = new("pros.heures_directes", "Heures d'accompagnement direct", "pros",
        "Σ hours_direct", null, 1m, "h", [Mois, Role], ["professionals.hours_direct", "professionals.month", "professionals.role"], Seed001Pros);
    public static readonly IndicatorDefinition ProsHeuresTotales = new("pros.heures_totales", "Heures d'implication totale", "pros",
        "Σ hours_total", null, 1m, "h", [Mois, Role], ["professionals.hours_total", "professionals.month", "professionals.role"], Seed001Pros);

    // flux
    public static readonly IndicatorDefinition FluxTotal = new("flux.total_eur", "Aides au départ (enregistrées et estimées)", "flux",
        "Σ des flux d'aides (enregistrés + estimés)", null, 1m, "€", [Financeur, Programme, Dispositif, Commune],
        ["aids.amount_eur", "aids.funder", "aids.programme", "eligibility.aid_eur"], Seed000Budget);
    public static readonly IndicatorDefinition FluxEnregistre = new("flux.enregistre_eur", "Aides enregistrées", "flux",
        "Σ des aides enregistrées (aids.csv)", null, 1m, "€", [Financeur, Programme],
        ["aids.amount_eur", "aids.funder", "aids.programme"], Seed000Budget);
    public static readonly IndicatorDefinition FluxEstime = new("flux.estime_eur", "Aides estimées par les règles", "flux",
        "Σ des flux estimés (dossiers sans aide enregistrée)", null, 1m, "€", [Financeur, Programme],
        ["eligibility.aid_eur", "operation.stacking_order"], "DESIGN §4.4");
    public static readonly IndicatorDefinition FluxPartEstimee = new("flux.part_estimee", "Part estimée des aides", "flux",
        "Σ des flux estimés", "Σ des flux d'aides (enregistrés + estimés)", 100m, "%", [],
        ["aids.amount_eur", "eligibility.aid_eur"], "DESIGN §4.4");
    public static readonly IndicatorDefinition FluxAlertes = new("flux.alertes", "Alertes de conformité des aides enregistrées", "flux",
        "nombre d'alertes", null, 1m, "nombre", [Alerte], ["aids.*", "eligibility.*"], "DESIGN §4.4");

    // territoire
    public static readonly IndicatorDefinition TerritoireDepartsPour1000 = new("territoire.departs_pour_1000", "Personnes parties pour 1 000 habitants", "territoire",
        "participants des dossiers de la commune (communes du territoire pour le total)",
        "population municipale COG de la commune (du territoire pour le total)", 1000m, "‰", [Commune],
        ["dossiers.commune_insee", "participants.dossier_id", "referentiel.population"], "000 / 001, 26 communes de la CA de Lens-Liévin");
    public static readonly IndicatorDefinition TerritoireCommunesTouchees = new("territoire.communes_touchees", "Part des communes du territoire avec au moins un départ", "territoire",
        "communes du territoire avec au moins un dossier", "communes du territoire", 100m, "%", [],
        ["dossiers.commune_insee", "operation.territory"], "001, Genèse et déploiement organique du projet");

    /// <summary>Every core definition, in the order reports list them.</summary>
    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        DepartsDossiers, DepartsPersonnes, DepartsNuitees, DepartsDureeMoyenne,
        PublicPartEmployes, PublicPartOuvriers, PublicRepartitionPcs, PublicPremiersDeparts, PublicTypeMenage,
        PublicTrancheQf, PublicInvisibles,
        ProsProfessionnels, ProsHeuresDirectesMoyenne, ProsHeuresTotalesMoyenne, ProsPartHeuresDirectes,
        ProsHeuresDirectesParDepart, ProsHeuresTotalesParDepart, ProsHeuresDirectes, ProsHeuresTotales,
        FluxTotal, FluxEnregistre, FluxEstime, FluxPartEstimee, FluxAlertes,
        TerritoireDepartsPour1000, TerritoireCommunesTouchees,
    ];
}
