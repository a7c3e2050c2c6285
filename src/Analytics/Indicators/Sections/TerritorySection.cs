using Vacances.Ingest.Model;
using Vacances.Ingest.Referential;
using Dim = Vacances.Analytics.Indicators.IndicatorDimensions;

namespace Vacances.Analytics.Indicators.Sections;

/// <summary>
/// Section <c>territoire</c> (DESIGN §5: departures per 1 000 inhabitants by commune, COG populations). The
/// territory is the communes of the operation's EPCI(s) when <c>operation.yaml</c> names any (the narrower area: the
/// nrpp operation names both its EPCI and its département), else of its département(s), municipal arrondissements
/// left out (their population is their commune's); when the operation names neither, the communes its dossiers
/// come from. Every territory commune gets a cell, with or without departures; a commune absent from
/// the referential has an undefined rate (denominator 0).
/// </summary>
public sealed class TerritorySection : IIndicatorSection
{
    private const string MunicipalArrondissement = "arrondissement-municipal";

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
        [CoreIndicators.TerritoireDepartsPour1000, CoreIndicators.TerritoireCommunesTouchees];

    public IEnumerable<IndicatorCell> Compute(IndicatorContext context)
    {
        var facts = context.Facts;
        var communes = context.Inputs.Communes;
        var byCode = new long[facts.Commune.Categories.Count];
        for (var di = 0; di < facts.DossierCount; di++) byCode[facts.Commune.Codes[di]] += facts.ParticipantCount[di];
        var persons = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (var code = 0; code < byCode.Length; code++) persons.Add(facts.Commune.Categories[code], byCode[code]);

        var territory = Territory(context.Inputs.Data.Config, communes, persons.Keys);
        foreach (var code in territory) persons.TryAdd(code, 0);

        long territoryPersons = 0, territoryPopulation = 0, touched = 0;
        foreach (var code in territory)
        {
            territoryPersons += persons[code];
            territoryPopulation += communes.TryGetValue(code, out var c) ? c.Population ?? 0 : 0;
            if (persons[code] > 0) touched++;
        }

        var rate = CoreIndicators.TerritoireDepartsPour1000;
        yield return Cells.Ratio(rate, Dim.Total, "", territoryPersons, territoryPopulation, territoryPersons, null);
        foreach (var (code, count) in persons)
            yield return Cells.Ratio(rate, Dim.Commune, code, count,
                communes.TryGetValue(code, out var c) ? c.Population ?? 0 : 0, count, null);
        yield return Cells.Ratio(CoreIndicators.TerritoireCommunesTouchees, Dim.Total, "", touched, territory.Count,
            territoryPersons, null);
    }

    private static SortedSet<string> Territory(
        OperationConfig config, IReadOnlyDictionary<string, Commune> communes, IEnumerable<string> withDepartures)
    {
        if (config.TerritoryEpci.Count == 0 && config.TerritoryDepartements.Count == 0)
            return new SortedSet<string>(withDepartures, StringComparer.Ordinal);
        var byEpci = config.TerritoryEpci.Count > 0;
        var codes = (byEpci ? config.TerritoryEpci : config.TerritoryDepartements).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var territory = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var c in communes.Values)
            if (c.Type != MunicipalArrondissement && codes.Contains(byEpci ? c.Epci : c.Departement))
                territory.Add(c.Code);
        return territory;
    }
}
