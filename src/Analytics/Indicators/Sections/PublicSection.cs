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

    public IEnumerable<IndicatorCell> Compute(IndicatorContext context)
    {
        var facts = context.Facts;
        var employes = new TallySet(CoreIndicators.PublicPartEmployes);
        var ouvriers = new TallySet(CoreIndicators.PublicPartOuvriers);
        var firstDepartures = new TallySet(CoreIndicators.PublicPremiersDeparts);
        var invisibles = new TallySet(CoreIndicators.PublicInvisibles);
        var pcsCounts = new Dictionary<string, long>(StringComparer.Ordinal);

        for (var i = 0; i < facts.Participants.Count; i++)
        {
            var p = facts.Participants[i];
            var di = facts.ParticipantDossier[i];
            if (di < 0)
            {
                // A participant whose dossier is unknown still counts in the overall first-departure share.
                if (p.FirstDeparture is { } alone) firstDepartures.Total.Count(alone);
                continue;
            }
            var place = (commune: (Dim.Commune, facts.Communes[di]), dispositif: (Dim.Dispositif, facts.DispositifCodes[di]));
            if (p.FirstDeparture is { } first) firstDepartures.Count(first, place.commune, place.dispositif);
            if (facts.Ages[i] is not >= 18 || p.Pcs is not { } pcs) continue;

            employes.Count(pcs == Pcs.Employe, place.commune, place.dispositif);
            ouvriers.Count(pcs == Pcs.Ouvrier, place.commune, place.dispositif);
            var code = CanonicalCodes.Pcs.ToCode(pcs);
            pcsCounts[code] = pcsCounts.GetValueOrDefault(code) + 1;
            if (facts.Dossiers[di].QfEur is { } qf)
                invisibles.Count(Invisibles.IsInWork(pcs) && Invisibles.IsAboveSocialAidThreshold(qf), place.commune, place.dispositif);
        }

        var households = new Dictionary<string, long>(StringComparer.Ordinal);
        var qfBands = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var di = 0; di < facts.Dossiers.Count; di++)
        {
            var d = facts.Dossiers[di];
            var type = HouseholdTypes.Of(facts.Adults[di], facts.Children[di], d.Couple);
            households[type] = households.GetValueOrDefault(type) + 1;
            if (d.QfEur is { } qf) qfBands[QfBands.Of(qf)] = qfBands.GetValueOrDefault(QfBands.Of(qf)) + 1;
        }

        return employes.Cells()
            .Concat(ouvriers.Cells())
            .Concat(Distribution(CoreIndicators.PublicRepartitionPcs, Dim.Pcs, pcsCounts))
            .Concat(firstDepartures.Cells())
            .Concat(Distribution(CoreIndicators.PublicTypeMenage, Dim.TypeMenage, households))
            .Concat(Distribution(CoreIndicators.PublicTrancheQf, Dim.TrancheQf, qfBands))
            .Concat(invisibles.Cells())
            .ToList();
    }

    /// <summary>
    /// A distribution: each category's count over the whole; the <c>total</c> cell is the whole over itself (100 %).
    /// </summary>
    private static IEnumerable<IndicatorCell> Distribution(IndicatorDefinition def, string dimension, Dictionary<string, long> counts)
    {
        var whole = counts.Values.Sum();
        yield return Cells.Ratio(def, Dim.Total, "", whole, whole, whole, whole);
        foreach (var (category, count) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            yield return Cells.Ratio(def, dimension, category, count, whole, count, whole);
    }
}
