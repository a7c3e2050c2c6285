using System.Runtime.CompilerServices;
using Vacances.Ingest.Model;
using Dim = Vacances.Analytics.Indicators.IndicatorDimensions;

namespace Vacances.Analytics.Indicators.Sections;

/// <summary>
/// Section <c>public</c> (DESIGN §5, seed 001 « Toucher les invisibles »): shares of employés and ouvriers among
/// adults, the PCS distribution, first departures, household types, QF bands and the « invisibles »
/// (<see cref="Invisibles"/>). « Adult » is age ≥ 18 on the stay's first day (<see cref="Participant.AgeOn"/>, I-02);
/// a participant of unknown age is in no adult denominator.
/// </summary>
public sealed class PublicSection : IIndicatorSection
{
    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        CoreIndicators.PublicPartEmployes, CoreIndicators.PublicPartOuvriers, CoreIndicators.PublicRepartitionPcs,
        CoreIndicators.PublicPremiersDeparts, CoreIndicators.PublicTypeMenage, CoreIndicators.PublicTrancheQf,
        CoreIndicators.PublicInvisibles,
    ];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IEnumerable<IndicatorCell> Compute(IndicatorContext context)
    {
        var facts = context.Facts;
        var employes = new TallySet(CoreIndicators.PublicPartEmployes, facts.Commune, facts.Dispositif);
        var ouvriers = new TallySet(CoreIndicators.PublicPartOuvriers, facts.Commune, facts.Dispositif);
        var firstDepartures = new TallySet(CoreIndicators.PublicPremiersDeparts, facts.Commune, facts.Dispositif);
        var invisibles = new TallySet(CoreIndicators.PublicInvisibles, facts.Commune, facts.Dispositif);
        var pcsCounts = new long[(int)Enum.GetValues<Pcs>().Max() + 1];

        for (var i = 0; i < facts.Traits.Length; i++)
        {
            var p = facts.Traits[i];
            var di = facts.ParticipantDossier[i];
            if (di < 0)
            {
                // A participant whose dossier is unknown still counts in the overall first-departure share.
                if (p.FirstDeparture is { } alone) firstDepartures.CountTotal(alone);
                continue;
            }
            if (p.FirstDeparture is { } first) firstDepartures.Count(first, di);
            if (!p.IsAdult || p.Pcs is not { } pcs) continue;

            employes.Count(pcs == Pcs.Employe, di);
            ouvriers.Count(pcs == Pcs.Ouvrier, di);
            pcsCounts[(int)pcs]++;
            if (facts.QfBand.Codes[di] >= 0)
                invisibles.Count(Invisibles.IsInWork(pcs) && facts.QfAboveSocialAidCeiling[di], di);
        }

        return employes.Cells()
            .Concat(ouvriers.Cells())
            .Concat(Distribution(CoreIndicators.PublicRepartitionPcs, Dim.Pcs, pcsCounts, code => CanonicalCodes.Pcs.ToCode((Pcs)code)))
            .Concat(firstDepartures.Cells())
            .Concat(Distribution(CoreIndicators.PublicTypeMenage, Dim.TypeMenage, CountByCode(facts.HouseholdType), code => facts.HouseholdType.Categories[code]))
            .Concat(Distribution(CoreIndicators.PublicTrancheQf, Dim.TrancheQf, CountByCode(facts.QfBand), code => facts.QfBand.Categories[code]))
            .Concat(invisibles.Cells())
            .ToList();
    }

    /// <summary>Dossiers per category of a coded column (dossiers without a category left out).</summary>
    private static long[] CountByCode(CategoryColumn column)
    {
        var counts = new long[column.Categories.Count];
        foreach (var code in column.Codes)
            if (code >= 0) counts[code]++;
        return counts;
    }

    /// <summary>
    /// A distribution: each category's count over the whole; the <c>total</c> cell is the whole over itself (100 %).
    /// Categories counted at least once, in the ordinal order of their names.
    /// </summary>
    private static IEnumerable<IndicatorCell> Distribution(IndicatorDefinition def, string dimension, long[] counts, Func<int, string> nameOf)
    {
        var whole = counts.Sum();
        yield return Cells.Ratio(def, Dim.Total, "", whole, whole, whole, whole);
        var present = Enumerable.Range(0, counts.Length).Where(code => counts[code] > 0);
        foreach (var code in present.OrderBy(nameOf, StringComparer.Ordinal))
            yield return Cells.Ratio(def, dimension, nameOf(code), counts[code], whole, counts[code], whole);
    }
}
