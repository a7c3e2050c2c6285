using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>
/// Draws households of each <see cref="Composition"/>: members with ages relative to the first stay's start,
/// and the resources the rules read (QF, RFR and parts, RNI, couple, CAF status).
/// </summary>
internal sealed class HouseholdFactory(SampleProfile profile, SampleIds ids)
{
    private readonly ResourceDraws _resources = new(profile);

    public SampleHousehold Create(Random random, Composition composition, string commune, DateOnly start) => composition switch
    {
        Composition.Family => Family(random, commune, start),
        Composition.Seniors => Seniors(random, commune, start),
        Composition.Youths => Youths(random, commune, start),
        Composition.ChildrenAlone => ChildrenAlone(random, commune, start),
        _ => throw new ArgumentOutOfRangeException(nameof(composition)),
    };

    /// <summary>
    /// Parents and children, a person alone, a couple, or grand-parents with grandchildren; household types in the
    /// proportions a social-aid public shows (many single parents).
    /// </summary>
    private SampleHousehold Family(Random random, string commune, DateOnly start)
    {
        var (adults, children, couple, older) = profile.FamilyTypes.Draw(random) switch
        {
            FamilyType.SingleParent => (1, PersonDraws.ChildrenInFamily.Draw(random), false, false),
            FamilyType.CoupleWithChildren => (2, PersonDraws.ChildrenInFamily.Draw(random), true, false),
            FamilyType.Alone => (1, 0, false, false),
            FamilyType.Couple => (2, 0, true, false),
            _ => (random.Between(1, 2), random.Between(1, 3), false, true),
        };
        var firstDeparture = PersonDraws.HouseholdFirstDeparture(random);
        var members = new List<SamplePerson>(adults + children);
        var adultAge = older ? random.Between(55, 78) : (int)random.Triangular(19, 34, 74);
        for (var i = 0; i < adults; i++)
        {
            var age = Math.Max(18, adultAge + random.Between(-4, 4));
            members.Add(Adult(random, start, age, firstDeparture));
        }
        var childCeiling = Math.Clamp(adultAge - 17, 0, 17);
        for (var i = 0; i < children; i++) members.Add(Child(random, start, random.Between(0, childCeiling), firstDeparture));
        if (children > 0 && !older && random.Chance(0.04))
            members.Add(Adult(random, start, random.Between(18, 24), firstDeparture));
        var minors = members.Count(m => m.AgeOn(start) < 18);
        return _resources.ForFamily(random, ids.NextHousehold(), commune, Composition.Family, members, couple, adults, minors);
    }

    private SampleHousehold Seniors(Random random, string commune, DateOnly start)
    {
        var firstDeparture = PersonDraws.HouseholdFirstDeparture(random);
        var members = new List<SamplePerson> { Senior(random, start, firstDeparture) };
        var couple = random.Chance(0.42);
        if (couple) members.Add(Senior(random, start, firstDeparture));
        var u = random.NextDouble();
        if (u < 0.05)
            members.Add(Adult(random, start, random.Between(35, 65), firstDeparture) with { Statuses = ParticipantStatuses.ProcheAidant });
        else if (u < 0.08)
            members.Add(Extra(random, start, ParticipantRole.YoungCompanion, random.Between(18, 25), PersonDraws.YoungAdult, ParticipantStatuses.ServiceCivique));
        else if (u < 0.10)
            members.Add(Extra(random, start, ParticipantRole.ProfessionalCarer, random.Between(25, 58), PersonDraws.Companion, ParticipantStatuses.None));
        return _resources.ForSeniors(random, ids.NextHousehold(), commune, members, couple);
    }

    private SampleHousehold Youths(Random random, string commune, DateOnly start)
    {
        var size = PersonDraws.YouthGroupSize.Draw(random);
        var members = new List<SamplePerson>(size);
        for (var i = 0; i < size; i++)
        {
            var age = PersonDraws.YouthAge.Draw(random);
            var adult = age >= 18;
            var ownTaxHousehold = adult && random.Chance(0.55);
            members.Add(new SamplePerson(
                ids.NextParticipant(), PersonDraws.BirthFor(random, start, age), null,
                adult ? (random.Chance(0.03) ? null : PersonDraws.YoungAdult.Draw(random)) : null,
                random.Chance(0.03), adult ? random.Chance(0.02) : null, null, null,
                adult ? PersonDraws.YoungStatuses(random) : random.Chance(0.03) ? ParticipantStatuses.Ase : ParticipantStatuses.None,
                PersonDraws.FirstDeparture(random, PersonDraws.HouseholdFirstDeparture(random)), null,
                ownTaxHousehold ? SampleRandom.Euros(random.Triangular(0, 9_000, 26_000)) : null,
                ownTaxHousehold ? (random.Chance(0.9) ? 1m : 1.5m) : null));
        }
        return _resources.ForYouths(random, ids.NextHousehold(), commune, members);
    }

    /// <summary>Children leaving without their family for a holiday camp (CAF « aide aux vacances enfants »).</summary>
    private SampleHousehold ChildrenAlone(Random random, string commune, DateOnly start)
    {
        var count = PersonDraws.ChildrenInCamp.Draw(random);
        var firstDeparture = PersonDraws.HouseholdFirstDeparture(random);
        var members = new List<SamplePerson>(count);
        for (var i = 0; i < count; i++)
        {
            var age = random.Chance(0.12) ? random.Pick([2, 3, 17, 18]) : random.Between(4, 16);
            members.Add(Child(random, start, age, firstDeparture));
        }
        var couple = random.Chance(0.55);
        return _resources.ForFamily(random, ids.NextHousehold(), commune, Composition.ChildrenAlone, members, couple, couple ? 2 : 1,
            count + random.Between(0, 2));
    }

    /// <summary>A companion of the dossier (volunteer or salaried): not a household member, never a first departure.</summary>
    public SamplePerson Companion(Random random, DateOnly start, ParticipantRole role) =>
        Extra(random, start, role, random.Between(20, 66), PersonDraws.Companion, ParticipantStatuses.None);

    private SamplePerson Adult(Random random, DateOnly start, int age, bool? firstDeparture)
    {
        var pcs = PersonDraws.AdultPcs(random, age);
        return new SamplePerson(
            ids.NextParticipant(), PersonDraws.BirthFor(random, start, age), null, pcs,
            random.Chance(0.04), random.Chance(0.05), null, PersonDraws.RetiredOrInactive(pcs),
            random.Chance(0.03) ? ParticipantStatuses.ProcheAidant : ParticipantStatuses.None,
            PersonDraws.FirstDeparture(random, firstDeparture), null);
    }

    private SamplePerson Child(Random random, DateOnly start, int age, bool? firstDeparture) => new(
        ids.NextParticipant(), PersonDraws.BirthFor(random, start, age), null, null,
        random.Chance(0.03), random.Chance(0.01), null, null,
        random.Chance(0.02) ? ParticipantStatuses.Ase : ParticipantStatuses.None,
        PersonDraws.FirstDeparture(random, firstDeparture), random.Chance(0.04));

    /// <summary>A senior of Seniors en vacances: mostly 60+ and retired, some 55–59 with a handicap, ALD or GIR (I-45).</summary>
    private SamplePerson Senior(Random random, DateOnly start, bool? firstDeparture)
    {
        var younger = random.Chance(0.08);
        var age = younger ? random.Between(54, 59) : (int)random.Triangular(60, 68, 92);
        var pcs = random.Chance(0.02) ? (Pcs?)null : PersonDraws.OlderAdult.Draw(random);
        var gir = random.Chance(younger ? 0.25 : 0.10) ? random.Between(1, 6) : (int?)null;
        return new SamplePerson(
            ids.NextParticipant(), PersonDraws.BirthFor(random, start, age), null, pcs,
            random.Chance(younger ? 0.4 : 0.06), random.Chance(younger ? 0.35 : 0.12), gir,
            random.Chance(0.04) ? null : pcs is Pcs.Retraite or Pcs.SansActivite || random.Chance(0.3),
            ParticipantStatuses.None, PersonDraws.FirstDeparture(random, firstDeparture), null);
    }

    private SamplePerson Extra(Random random, DateOnly start, ParticipantRole role, int age, Weighted<Pcs> pcs, ParticipantStatuses statuses) => new(
        ids.NextParticipant(), PersonDraws.BirthFor(random, start, age), role, pcs.Draw(random),
        false, false, null, false, statuses, false, null);
}
