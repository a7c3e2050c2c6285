namespace Vacances.Ingest.Sampling;

/// <summary>
/// Household resources as the rule texts measure them (seed 003 and 004): CAF quotient familial, revenu fiscal de
/// référence with the number of tax parts, revenu net imposable and couple. One latent monthly QF drives the three
/// measures, so a household is coherently poor or not; each measure is sometimes unknown (I-05 exercises this).
/// </summary>
internal sealed class ResourceDraws(SampleProfile profile)
{
    public SampleHousehold ForFamily(Random random, string householdId, string commune, Composition composition,
        IReadOnlyList<SamplePerson> members, bool couple, int adults, int minors)
    {
        var parts = TaxParts(random, adults, minors, couple);
        var allocataire = random.Chance(minors > 0 ? 0.9 : 0.35);
        var qf = LatentQf(random);
        var cafUnits = adults + Math.Min(minors, 2) * 0.5 + Math.Max(0, minors - 2);
        var rfr = qf * 12 * cafUnits * random.Uniform(0.55, 0.95);
        var aeeh = members.Any(m => m.Aeeh == true);
        return new SampleHousehold(
            householdId, commune, composition, members,
            Known(random, allocataire ? 0.95 : 0.15, qf, 1),
            Known(random, 0.85, rfr, 0), random.Chance(0.1) ? null : parts,
            Known(random, 0.6, rfr * random.Uniform(0.9, 1.0), 0),
            random.Chance(0.08) ? null : couple,
            random.Chance(0.03) ? null : allocataire,
            random.Chance(0.03) ? null : minors,
            random.Chance(0.05) ? null : aeeh,
            profile.LastAvfYear.Draw(random));
    }

    public SampleHousehold ForSeniors(Random random, string householdId, string commune, IReadOnlyList<SamplePerson> members, bool couple)
    {
        var parts = couple ? 2m : 1m;
        var rfr = random.Triangular(7_000, 12_500, 28_000) * (double)parts;
        return new SampleHousehold(
            householdId, commune, Composition.Seniors, members,
            Known(random, 0.08, LatentQf(random), 0), Known(random, 0.8, rfr, 0), parts,
            Known(random, 0.85, rfr * random.Uniform(0.9, 1.0), 0), random.Chance(0.05) ? null : couple,
            random.Chance(0.1), 0, false, null);
    }

    /// <summary>Young people travelling together: the dossier carries the family's measures only now and then.</summary>
    public SampleHousehold ForYouths(Random random, string householdId, string commune, IReadOnlyList<SamplePerson> members)
    {
        var qf = LatentQf(random);
        var known = random.Chance(0.5);
        return new SampleHousehold(
            householdId, commune, Composition.Youths, members,
            known ? Known(random, 0.9, qf, 1) : null, known ? Known(random, 0.7, qf * 12 * 3 * random.Uniform(0.55, 0.95), 0) : null,
            known ? 2.5m : null, null, null, known ? random.Chance(0.8) : null, null, null, null);
    }

    /// <summary>Monthly QF: a triangular draw, or a value on a rule boundary for the profile's share of households.</summary>
    private double LatentQf(Random random) =>
        profile.QfBoundaries.Values.Count > 0 && random.Chance(profile.QfBoundaries.Share)
            ? random.Pick(profile.QfBoundaries.Values)
            : Math.Round(random.Triangular(profile.Qf.Low, profile.Qf.Mode, profile.Qf.High));

    /// <summary>
    /// Tax parts: one per adult of the tax household, half a part for each of the first two children, one from the
    /// third, half a part more for a single parent; now and then a quarter part of shared custody.
    /// </summary>
    private static decimal TaxParts(Random random, int adults, int minors, bool couple)
    {
        var parts = (couple ? 2m : 1m) + Math.Min(minors, 2) * 0.5m + Math.Max(0, minors - 2);
        if (!couple && minors > 0 && adults == 1) parts += 0.5m;
        if (minors > 0 && random.Chance(0.02)) parts += 0.25m;
        return parts;
    }

    private static decimal? Known(Random random, double chance, double value, int decimals) =>
        random.Chance(chance) ? Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero) : null;
}
