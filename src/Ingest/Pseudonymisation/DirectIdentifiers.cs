using System.Globalization;
using System.Text;

namespace Vacances.Ingest.Pseudonymisation;

/// <summary>
/// Recognises the columns that carry direct identifiers (DESIGN §10: <c>nom</c>, <c>prenom</c>,
/// <c>nom_naissance</c>, <c>adresse</c>, <c>email</c>, <c>telephone</c>, <c>numero_allocataire</c>, <c>nir</c>
/// and their usual variants), in any case, with or without accents, with spaces or hyphens for underscores.
/// </summary>
public static class DirectIdentifiers
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "nom", "prenom", "prenoms", "nom_naissance", "nom_de_naissance", "nom_usage", "nom_d_usage", "nom_prenom",
        "nom_complet", "adresse", "adresse_postale", "adresse_1", "adresse_2", "adresse1", "adresse2", "rue",
        "email", "e_mail", "mail", "courriel", "adresse_mail", "adresse_email", "adresse_electronique",
        "telephone", "tel", "telephone_portable", "portable", "mobile", "numero_telephone", "num_telephone",
        "numero_allocataire", "num_allocataire", "no_allocataire", "n_allocataire", "allocataire_numero", "matricule_caf",
        "nir", "numero_securite_sociale", "num_secu", "numero_secu", "securite_sociale", "nss",
        "last_name", "first_name", "lastname", "firstname", "name", "address", "phone",
    };

    /// <summary>True when the column <paramref name="header"/> holds a direct identifier.</summary>
    public static bool IsDirectIdentifier(string header) => Names.Contains(Normalise(header));

    /// <summary>Lower case, accents removed, runs of spaces, hyphens, dots and apostrophes turned into one underscore.</summary>
    public static string Normalise(string header)
    {
        var decomposed = header.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '_') builder.Append('_');
        }
        return builder.ToString().TrimEnd('_');
    }
}
