using Vacances.Ingest.Model;

namespace Vacances.Analytics.Indicators;

/// <summary>
/// The « invisibles » of seed 001 (« Toucher les "invisibles" des politiques sociales »): « les travailleurs pauvres
/// qui ne franchissent jamais la porte du CCAS », « souvent au-dessus des seuils d'éligibilité des aides sociales
/// mais n'ayant pas les moyens de s'offrir des vacances ». Read as: an adult (18 or over on the stay's first day,
/// I-02) in work — pcs <c>agriculteur</c>, <c>artisan_commercant</c>, <c>intermediaire</c>, <c>employe</c> or
/// <c>ouvrier</c> (<c>cadre</c> left out: not a low-wage occupation) — whose household QF is above the ceiling of
/// the CAF family holiday aid, 700 € (004_c9f267770fe193d4.txt, AVF; I-21), the social holiday aid they would
/// otherwise get. Being in the operation says they could not afford the holiday alone.
/// </summary>
public static class Invisibles
{
    /// <summary>QF above which a household gets no CAF family holiday aid (I-21, without AEEH).</summary>
    public const decimal SocialAidQfCeilingEur = 700m;

    public static bool IsInWork(Pcs pcs) =>
        pcs is Pcs.Agriculteur or Pcs.ArtisanCommercant or Pcs.Intermediaire or Pcs.Employe or Pcs.Ouvrier;

    public static bool IsAboveSocialAidThreshold(decimal qfEur) => qfEur > SocialAidQfCeilingEur;
}
