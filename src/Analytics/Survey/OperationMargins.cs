using Vacances.Ingest.Model;

namespace Vacances.Analytics.Survey;

/// <summary>
/// Population margins of the partants known from the departures data (DESIGN §6): participants counted by their
/// dossier's dispositif and residence commune. The variables are named after the columns of
/// <c>survey/partants.csv</c> (<c>dispositif</c>, <c>commune_insee</c>), so that they calibrate it directly.
/// </summary>
public static class OperationMargins
{
    public const string Dispositif = "dispositif";
    public const string Commune = "commune_insee";

    /// <summary>Participants (all roles) per dispositif code and per commune, in first-seen order of the dossiers.</summary>
    public static PopulationMargins FromDepartures(OperationData data)
    {
        var dossiers = new Dictionary<string, Dossier>(StringComparer.Ordinal);
        foreach (var dossier in data.Dossiers) dossiers.TryAdd(dossier.DossierId, dossier);
        var byDispositif = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var byCommune = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var dispositifOrder = new List<string>();
        var communeOrder = new List<string>();
        foreach (var participant in data.Participants)
        {
            if (!dossiers.TryGetValue(participant.DossierId, out var dossier)) continue;
            Count(byDispositif, dispositifOrder, CanonicalCodes.Dispositif.ToCode(dossier.Dispositif));
            Count(byCommune, communeOrder, dossier.CommuneInsee);
        }
        return new PopulationMargins(
            dispositifOrder.Select(d => new MarginCount(Dispositif, d, byDispositif[d]))
                .Concat(communeOrder.Select(c => new MarginCount(Commune, c, byCommune[c]))));
    }

    private static void Count(Dictionary<string, double> counts, List<string> order, string key)
    {
        if (!counts.TryGetValue(key, out var count)) order.Add(key);
        counts[key] = count + 1;
    }
}
