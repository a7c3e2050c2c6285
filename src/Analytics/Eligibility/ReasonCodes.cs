namespace Vacances.Analytics.Eligibility;

/// <summary>The canonical spellings of <see cref="Reason"/> flags, in bit order (the order results list them).</summary>
internal static class ReasonCodes
{
    private static readonly string[] Names =
    [
        "ressources_qf", "ressources_rfr", "ressources_rni", "proche_aidant", "accompagnateur", "statut", "aeeh",
        "plafond_applique", "nuitees_plafonnees", "service_civique", "ressources_inconnues", "ressources_trop_elevees",
        "duree_sejour", "cout_nuitee_trop_eleve", "autre_financeur_non_sollicite", "deja_aide_annee_civile",
        "offre_hors_bornes", "prix_public_inconnu", "age_hors_limites", "age_inconnu", "composition_groupe",
        "reste_a_charge_minimum", "senior_absent", "public_non_eligible", "offre_inconnue", "prix_offre_depasse",
        "aide_non_ouverte", "millesime_non_admis", "montant_insuffisant", "motif_non_admis",
        "investissement_hors_bornes", "gestionnaire_non_conventionne", "nouvelle_activite", "mise_aux_normes",
        "aide_recente", "non_allocataire", "sans_enfant_a_charge", "sejour_non_familial", "avf_annee_precedente",
        "hors_vacances_scolaires", "droits_annuels_epuises", "qf_hors_tranches", "avf_non_eligible",
        "hors_periode_ete", "distance_insuffisante", "distance_inconnue", "sans_accompagnement_social",
        "sejour_en_famille", "structure_non_conventionnee", "cout_nul", "activite_sportive_absente",
        "annee_aide_inconnue",
    ];

    /// <summary>Number of defined codes (one per flag).</summary>
    public static int Count => Names.Length;

    /// <summary>The codes of the set flags, in bit order.</summary>
    public static IReadOnlyList<string> ToCodes(Reason reasons)
    {
        var codes = new List<string>();
        var bits = (ulong)reasons;
        for (var i = 0; bits != 0; i++, bits >>= 1)
            if ((bits & 1) != 0) codes.Add(Names[i]);
        return codes;
    }

    /// <summary>Writes the codes <c>|</c>-separated without building a list (CSV output).</summary>
    /// <summary>
    /// <see cref="ToCodes"/> shared: one list per combination of reasons met, for callers that keep a list per row of
    /// millions (the flows keep the reasons of every ineligible row they may quote).
    /// </summary>
    public static IReadOnlyList<string> Shared(Reason reasons) => reasons == 0 ? [] : SharedLists.GetOrAdd(reasons, ToCodes);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Reason, IReadOnlyList<string>> SharedLists = new();

    public static void Write(TextWriter writer, Reason reasons)
    {
        var bits = (ulong)reasons;
        var first = true;
        for (var i = 0; bits != 0; i++, bits >>= 1)
        {
            if ((bits & 1) == 0) continue;
            if (!first) writer.Write('|');
            writer.Write(Names[i]);
            first = false;
        }
    }
}
