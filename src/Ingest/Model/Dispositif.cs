namespace Vacances.Ingest.Model;

/// <summary>
/// The local departure scheme a dossier went through (DESIGN §3.1, seed 000 « les modalités »).
/// Canonical spellings are given by <see cref="CanonicalCodes"/>.
/// </summary>
public enum Dispositif
{
    /// <summary><c>individuel</c>: séjour individuel, May to October.</summary>
    Individuel,
    /// <summary><c>sejour_commun</c>: the one-week shared stay in campsites.</summary>
    SejourCommun,
    /// <summary><c>sac_ados</c>: Sac Ados, young people 16–25.</summary>
    SacAdos,
    /// <summary><c>seniors_en_vacances</c>.</summary>
    SeniorsEnVacances,
    /// <summary><c>bsv</c>: Bourse solidarité vacances.</summary>
    Bsv,
    /// <summary><c>je_pars_tu_pars_il_part</c>.</summary>
    JeParsTuParsIlPart,
    /// <summary><c>autre</c>.</summary>
    Autre,
}
