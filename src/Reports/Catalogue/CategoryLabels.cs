using System.Globalization;
using Vacances.Reports.Formatting;
using Vacances.Reports.Input;

namespace Vacances.Reports.Catalogue;

/// <summary>
/// French labels for the codes the catalogue and the flows use: communes (COG names), dispositifs (seed 000's
/// modalities), months, PCS, registers of « effets utiles » (seed 001, « Clés de transfert »), funders and
/// programmes (from the operation and the eligibility summary). An unknown code is shown humanised
/// (<c>couple_avec_enfants</c> → « Couple avec enfants »), never dropped.
/// </summary>
public sealed class CategoryLabels
{
    private static readonly Dictionary<string, string> Dispositifs = new(StringComparer.Ordinal)
    {
        ["individuel"] = "Séjour individuel",
        ["sejour_commun"] = "Séjour commun",
        ["sac_ados"] = "Sac Ados",
        ["seniors_en_vacances"] = "Seniors en vacances",
        ["bsv"] = "Bourse solidarité vacances",
        ["je_pars_tu_pars_il_part"] = "« Je pars, tu pars, il part »",
        ["autre"] = "Autre",
    };

    private static readonly Dictionary<string, string> PcsLabels = new(StringComparer.Ordinal)
    {
        ["agriculteur"] = "Agriculteurs",
        ["artisan_commercant"] = "Artisans, commerçants",
        ["cadre"] = "Cadres",
        ["intermediaire"] = "Professions intermédiaires",
        ["employe"] = "Employés",
        ["ouvrier"] = "Ouvriers",
        ["retraite"] = "Retraités",
        ["sans_activite"] = "Sans activité professionnelle",
        ["etudiant"] = "Étudiants",
    };

    /// <summary>Skill categories of the professionals' questionnaire (DESIGN §3.5, seed 001 « Redynamisation du sens professionnel »).</summary>
    private static readonly Dictionary<string, string> Competences = new(StringComparer.Ordinal)
    {
        ["relationnelles"] = "Compétences relationnelles",
        ["environnement_vacancier"] = "Connaissance de l'environnement vacancier",
        ["ingenierie_projet"] = "Ingénierie de projet",
        ["partenariat"] = "Travail partenarial",
        ["modalites_intervention"] = "Modalités d'intervention élargies",
    };

    /// <summary>The five registers of seed 001 (« Clés de transfert ») and DESIGN §7's <c>autre</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Registers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["acces_droits"] = "Élargissement de l'accès aux droits",
        ["relation_institutions"] = "Transformation de la relation aux institutions",
        ["autonomie_financiere"] = "Développement de l'autonomie financière",
        ["reengagement"] = "Réengagement dans le projet vacances",
        ["dynamique_familiale"] = "Impacts sur la dynamique familiale",
        ["autre"] = "Autres réponses",
    };

    private static readonly Dictionary<string, string> DimensionNames = new(StringComparer.Ordinal)
    {
        ["commune"] = "commune",
        ["commune_insee"] = "commune",
        ["dispositif"] = "dispositif",
        ["mois"] = "mois",
        ["month"] = "mois",
        ["pcs"] = "catégorie socioprofessionnelle",
        ["household_type"] = "type de ménage",
        ["type_menage"] = "type de ménage",
        ["qf"] = "tranche de quotient familial",
        ["tranche_qf"] = "tranche de quotient familial",
        ["qf_band"] = "tranche de quotient familial",
        ["registre"] = "registre",
        ["register"] = "registre",
        ["role"] = "fonction",
        ["destination"] = "destination",
        ["funder"] = "financeur",
        ["financeur"] = "financeur",
        ["programme"] = "programme",
        ["competence"] = "compétence",
        ["competences"] = "compétence",
    };

    private readonly Dictionary<string, string> _communes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _funders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _programmes = new(StringComparer.Ordinal);

    public CategoryLabels(BilanInput input)
    {
        foreach (var commune in input.Communes) _communes[commune.Insee] = commune.Name;
        foreach (var funder in input.Operation.Funders) _funders[funder.Code] = funder.Name;
        foreach (var programme in input.Eligibility) _programmes[programme.ProgrammeId] = programme.Label;
    }

    /// <summary>The French name of a dimension, lower case (« commune », « tranche de quotient familial »).</summary>
    public static string Dimension(string dimension) =>
        DimensionNames.TryGetValue(dimension, out var name) ? name : Humanise(dimension).ToLowerInvariant();

    /// <summary>The French label of a category of a dimension.</summary>
    public string Category(string dimension, string category)
    {
        if (DimensionKind.IsCommune(dimension)) return Commune(category);
        if (DimensionKind.IsMonth(dimension)) return Month(category);
        return dimension switch
        {
            "dispositif" => Dispositif(category),
            "pcs" => PcsLabels.GetValueOrDefault(category) ?? Humanise(category),
            "registre" or "register" => Registers.GetValueOrDefault(category) ?? Humanise(category),
            "funder" or "financeur" => Funder(category),
            "programme" => Programme(category),
            "competence" or "competences" => Competences.GetValueOrDefault(category) ?? Humanise(category),
            _ when dimension.Contains("qf", StringComparison.Ordinal) => QfBand(category),
            _ => Humanise(category),
        };
    }

    public string Commune(string insee) => _communes.TryGetValue(insee, out var name) ? name : insee;

    public static string Dispositif(string code) => Dispositifs.GetValueOrDefault(code) ?? Humanise(code);

    public string Funder(string code) => _funders.TryGetValue(code, out var name) ? name : Humanise(code);

    /// <summary>
    /// The programme's label from the eligibility summary; else « funder name — humanised name » from the id's
    /// <c>&lt;funder-or-ruleset&gt;.&lt;name&gt;</c> shape (<c>call.fonds_vacances</c> → « CA de Lens-Liévin — Fonds vacances »).
    /// </summary>
    public string Programme(string id)
    {
        if (_programmes.TryGetValue(id, out var label)) return label;
        var dot = id.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0) return Humanise(id);
        var prefix = id[..dot];
        var owner = _funders.TryGetValue(prefix, out var name) ? name : Humanise(prefix);
        return owner + " — " + Humanise(id[(dot + 1)..]);
    }

    /// <summary>
    /// A quotient-familial band code: <c>qf_451_700</c> → « QF de 451 à 700 € », <c>qf_plus_1200</c> → « QF au-delà de
    /// 1 200 € », <c>qf_0_450</c> → « QF jusqu'à 450 € »; other codes humanised.
    /// </summary>
    public static string QfBand(string code)
    {
        var parts = code.Split('_');
        decimal Amount(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);
        bool IsNumber(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
        if (parts.Length == 3 && parts[0] == "qf" && parts[1] == "plus" && IsNumber(parts[2]))
            return "QF au-delà de " + FrenchFormat.Euros(Amount(parts[2]));
        if (parts.Length == 3 && parts[0] == "qf" && IsNumber(parts[1]) && IsNumber(parts[2]))
            return Amount(parts[1]) == 0
                ? "QF jusqu'à " + FrenchFormat.Euros(Amount(parts[2]))
                : "QF de " + FrenchFormat.Integer(Amount(parts[1])) + " à " + FrenchFormat.Euros(Amount(parts[2]));
        return Humanise(code);
    }

    /// <summary><c>2026-05</c> → « mai 2026 »; anything else humanised.</summary>
    public static string Month(string category)
    {
        if (category.Length >= 7 && category[4] == '-' &&
            int.TryParse(category.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) &&
            int.TryParse(category.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) &&
            month is >= 1 and <= 12)
            return FrenchFormat.Month(year, month);
        return Humanise(category);
    }

    /// <summary><c>couple_avec_enfants</c> → « Couple avec enfants ».</summary>
    public static string Humanise(string code)
    {
        if (code.Length == 0) return code;
        var text = code.Replace('_', ' ');
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
