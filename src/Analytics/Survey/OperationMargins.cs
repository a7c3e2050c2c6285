using Vacances.Analytics.Indicators;
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

    /// <summary>
    /// The margins of <see cref="FromDepartures"/>, counted from the indicator catalogue's shared facts, where each
    /// participant's dossier is already known (issue 9: no second join of millions of participants to the
    /// dossiers): participants per coded category, categories in the order their first participant comes. The same
    /// numbers in the same order: categories that differ only by case are one margin under the spelling met first,
    /// as <see cref="FromDepartures"/> keys them.
    /// </summary>
    internal static PopulationMargins FromFacts(OperationFacts facts) =>
        new(InParticipantOrder(facts, facts.Dispositif).Select(c => new MarginCount(Dispositif, c.Category, c.Count))
            .Concat(InParticipantOrder(facts, facts.Commune).Select(c => new MarginCount(Commune, c.Category, c.Count))));

    private static List<(string Category, double Count)> InParticipantOrder(OperationFacts facts, CategoryColumn column)
    {
        var counts = new long[column.Categories.Count];
        var order = new List<int>();
        foreach (var di in facts.ParticipantDossier)
        {
            if (di < 0) continue;
            var code = column.Codes[di];
            if (counts[code]++ == 0) order.Add(code);
        }
        var positions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var margins = new List<(string Category, double Count)>();
        foreach (var code in order)
        {
            var category = column.Categories[code];
            if (positions.TryGetValue(category, out var at)) margins[at] = (margins[at].Category, margins[at].Count + counts[code]);
            else
            {
                positions[category] = margins.Count;
                margins.Add((category, counts[code]));
            }
        }
        return margins;
    }

    private static void Count(Dictionary<string, double> counts, List<string> order, string key)
    {
        if (!counts.TryGetValue(key, out var count)) order.Add(key);
        counts[key] = count + 1;
    }
}
