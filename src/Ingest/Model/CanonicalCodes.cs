namespace Vacances.Ingest.Model;

/// <summary>
/// The canonical spellings of the coded columns of DESIGN §3, in both directions.
/// Parsing is case-insensitive; formatting always gives the canonical spelling.
/// </summary>
public static class CanonicalCodes
{
    public static readonly CodeMap<Dispositif> Dispositif = new(
        ("individuel", Model.Dispositif.Individuel),
        ("sejour_commun", Model.Dispositif.SejourCommun),
        ("sac_ados", Model.Dispositif.SacAdos),
        ("seniors_en_vacances", Model.Dispositif.SeniorsEnVacances),
        ("bsv", Model.Dispositif.Bsv),
        ("je_pars_tu_pars_il_part", Model.Dispositif.JeParsTuParsIlPart),
        ("autre", Model.Dispositif.Autre));

    public static readonly CodeMap<Board> Board = new(
        ("none", Model.Board.None),
        ("bb", Model.Board.BedAndBreakfast),
        ("half", Model.Board.Half),
        ("full", Model.Board.Full));

    public static readonly CodeMap<SeniorsOffer> SeniorsOffer = new(
        ("seniors_7n", Model.SeniorsOffer.SevenNights),
        ("seniors_4n", Model.SeniorsOffer.FourNights),
        ("seniors_idf_2n", Model.SeniorsOffer.IleDeFranceTwoNights),
        ("seniors_om_4n", Model.SeniorsOffer.OverseasFourNights));

    public static readonly CodeMap<ParticipantRole> Role = new(
        ("adult", ParticipantRole.Adult),
        ("child", ParticipantRole.Child),
        ("companion_volunteer", ParticipantRole.CompanionVolunteer),
        ("companion_salaried", ParticipantRole.CompanionSalaried),
        ("professional_carer", ParticipantRole.ProfessionalCarer),
        ("young_companion", ParticipantRole.YoungCompanion));

    public static readonly CodeMap<Pcs> Pcs = new(
        ("agriculteur", Model.Pcs.Agriculteur),
        ("artisan_commercant", Model.Pcs.ArtisanCommercant),
        ("cadre", Model.Pcs.Cadre),
        ("intermediaire", Model.Pcs.Intermediaire),
        ("employe", Model.Pcs.Employe),
        ("ouvrier", Model.Pcs.Ouvrier),
        ("retraite", Model.Pcs.Retraite),
        ("sans_activite", Model.Pcs.SansActivite),
        ("etudiant", Model.Pcs.Etudiant));

    public static readonly CodeMap<ParticipantStatuses> Status = new(
        ("apprentissage", ParticipantStatuses.Apprentissage),
        ("contrat_pro", ParticipantStatuses.ContratPro),
        ("boursier", ParticipantStatuses.Boursier),
        ("cui_cae", ParticipantStatuses.CuiCae),
        ("cui_cie", ParticipantStatuses.CuiCie),
        ("cej", ParticipantStatuses.Cej),
        ("pacea", ParticipantStatuses.Pacea),
        ("e2c", ParticipantStatuses.E2c),
        ("ase", ParticipantStatuses.Ase),
        ("service_civique", ParticipantStatuses.ServiceCivique),
        ("proche_aidant", ParticipantStatuses.ProcheAidant));

    public static readonly CodeMap<CvReason> CvReason = new(
        ("sante", Model.CvReason.Sante),
        ("aidance", Model.CvReason.Aidance),
        ("evenement_familial", Model.CvReason.EvenementFamilial),
        ("evenement_professionnel", Model.CvReason.EvenementProfessionnel),
        ("sinistre", Model.CvReason.Sinistre));
}
