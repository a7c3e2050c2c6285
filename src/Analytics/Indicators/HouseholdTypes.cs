namespace Vacances.Analytics.Indicators;

/// <summary>
/// Household type of a dossier, from the roles of its participants (DESIGN §3.2): companions and carers are not
/// members of the household. Two adults form a couple unless the dossier says <c>couple = false</c>.
/// </summary>
public static class HouseholdTypes
{
    public const string PersonneSeule = "personne_seule";
    public const string CoupleSansEnfant = "couple_sans_enfant";
    public const string Monoparentale = "famille_monoparentale";
    public const string CoupleAvecEnfants = "couple_avec_enfants";
    /// <summary>Groups, children travelling without an adult, several adults who are not a couple, no participant.</summary>
    public const string Autre = "autre";

    public static string Of(int adults, int children, bool? couple) => (adults, children > 0) switch
    {
        (1, false) => PersonneSeule,
        (1, true) => Monoparentale,
        (2, false) when couple != false => CoupleSansEnfant,
        (2, true) when couple != false => CoupleAvecEnfants,
        _ => Autre,
    };
}
