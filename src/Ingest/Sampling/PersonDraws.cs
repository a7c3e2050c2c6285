using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// Distributions of the persons' attributes. PCS shares among adults are set so that the whole operation lands near
/// seed 001's « 37 % employés et 7 % ouvriers » once seniors (retired) and young people (students) are counted in.
/// </summary>
internal static class PersonDraws
{
    public static readonly Weighted<Pcs> WorkingAgeAdult = Weighted.Of(
        (Pcs.Employe, 45), (Pcs.Ouvrier, 8), (Pcs.SansActivite, 25), (Pcs.Intermediaire, 8), (Pcs.ArtisanCommercant, 2.5),
        (Pcs.Cadre, 1.5), (Pcs.Etudiant, 2.5), (Pcs.Agriculteur, 0.3), (Pcs.Retraite, 2));

    public static readonly Weighted<Pcs> OlderAdult = Weighted.Of((Pcs.Retraite, 82), (Pcs.SansActivite, 10), (Pcs.Employe, 6), (Pcs.Ouvrier, 2));

    public static readonly Weighted<Pcs> YoungAdult = Weighted.Of(
        (Pcs.Etudiant, 38), (Pcs.Employe, 26), (Pcs.SansActivite, 24), (Pcs.Ouvrier, 8), (Pcs.Intermediaire, 4));

    public static readonly Weighted<Pcs> Companion = Weighted.Of((Pcs.Intermediaire, 55), (Pcs.Employe, 30), (Pcs.Retraite, 15));

    public static readonly Weighted<int> YouthAge = Weighted.Of(
        (15, 1), (16, 6), (17, 8), (18, 12), (19, 12), (20, 10), (21, 8), (22, 7), (23, 6), (24, 5), (25, 4), (26, 1.5), (27, 1), (34, 0.5), (38, 0.5));

    public static readonly Weighted<int> YouthGroupSize = Weighted.Of((1, 25), (2, 35), (3, 25), (4, 15));

    public static readonly Weighted<int> ChildrenInCamp = Weighted.Of((1, 60), (2, 30), (3, 10));

    public static readonly Weighted<int> ChildrenInFamily = Weighted.Of((1, 42), (2, 34), (3, 16), (4, 6), (5, 2));

    /// <summary>Statuses of Départ 18:25 (seed 003) for a young adult, each independently.</summary>
    private static readonly (ParticipantStatuses Status, double Chance)[] YouthStatuses =
    [
        (ParticipantStatuses.Apprentissage, 0.12), (ParticipantStatuses.Boursier, 0.15), (ParticipantStatuses.Cej, 0.08),
        (ParticipantStatuses.ContratPro, 0.05), (ParticipantStatuses.ServiceCivique, 0.04), (ParticipantStatuses.E2c, 0.02),
        (ParticipantStatuses.Pacea, 0.03), (ParticipantStatuses.CuiCae, 0.01), (ParticipantStatuses.CuiCie, 0.01), (ParticipantStatuses.Ase, 0.02),
    ];

    /// <summary>
    /// A birth date giving exactly <paramref name="age"/> completed years on <paramref name="day"/>; now and then the
    /// birthday falls on that very day (I-02 boundary).
    /// </summary>
    public static DateOnly BirthFor(Random random, DateOnly day, int age) =>
        random.Chance(0.03) && age > 0 ? day.AddYears(-age) : day.AddYears(-age - 1).AddDays(random.Between(1, 364));

    public static Pcs? AdultPcs(Random random, int age)
    {
        if (random.Chance(0.03)) return null;
        return age >= 60 ? OlderAdult.Draw(random) : age <= 25 && random.Chance(0.5) ? YoungAdult.Draw(random) : WorkingAgeAdult.Draw(random);
    }

    public static ParticipantStatuses YoungStatuses(Random random)
    {
        var statuses = ParticipantStatuses.None;
        foreach (var (status, chance) in YouthStatuses)
            if (random.Chance(chance)) statuses |= status;
        return statuses;
    }

    /// <summary>True, false or unknown, household by household, then person by person with a few differences.</summary>
    public static bool? FirstDeparture(Random random, bool? household) =>
        household is { } value && random.Chance(0.1) ? !value : household;

    public static bool? HouseholdFirstDeparture(Random random)
    {
        var u = random.NextDouble();
        return u < 0.55 ? true : u < 0.93 ? false : null;
    }

    public static bool? RetiredOrInactive(Pcs? pcs) => pcs switch
    {
        null => null,
        Pcs.Retraite or Pcs.SansActivite => true,
        _ => false,
    };
}
