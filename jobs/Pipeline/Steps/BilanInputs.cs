using System.Text.Json;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Analytics.Survey;
using Vacances.Ingest.Model;
using Vacances.Ingest.Referential;
using Vacances.Reports.Input;

namespace Vacances.Jobs.Pipeline.Steps;

/// <summary>
/// Assembles the reports' input (<see cref="BilanInput"/>) from what the earlier steps computed: the catalogue's
/// values, the aid flows and their alerts, the ingest reports as quality lines, and the territory's communes.
/// Deterministic: the publication date is the last day of the operation's stays, not the clock.
/// </summary>
public static class BilanInputs
{
    /// <summary>Quarantine reasons listed per file in the quality lines.</summary>
    private const int MainReasonCount = 3;

    public static BilanInput Build(OperationData data, AidFlowResult flows, IReadOnlyList<IndicatorValue> values, string ingestReports) => new()
    {
        Operation = data.Config,
        PublicationDate = data.Dossiers.Count == 0 ? new DateOnly(data.Config.Year, 12, 31) : data.Dossiers.Max(d => d.EndDate),
        Definitions = SurveySection.Catalogue.Definitions,
        Values = values,
        Flows = flows.Flows,
        ComplianceAlerts = flows.Alerts.Count,
        Quality = QualityLines(ingestReports),
        Communes = Communes(data),
    };

    /// <summary>The territory's communes (its EPCIs and départements) and any commune with departures, by INSEE code.</summary>
    private static IReadOnlyList<CommuneInfo> Communes(OperationData data)
    {
        var withDepartures = data.Dossiers.Select(d => d.CommuneInsee).ToHashSet(StringComparer.Ordinal);
        var territory = data.Config.TerritoryEpci.Count > 0
            ? (Func<Commune, bool>)(c => data.Config.TerritoryEpci.Contains(c.Epci))
            : c => data.Config.TerritoryDepartements.Contains(c.Departement);
        return [.. CommuneReferential.Default.All
            .Where(c => c.Type == "commune-actuelle" && (territory(c) || withDepartures.Contains(c.Code)))
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => new CommuneInfo(c.Code, c.Name, c.Population ?? 0))];
    }

    /// <summary>One line per ingest report (<see cref="IngestReportJson"/>) under <paramref name="directory"/>, by file name.</summary>
    private static IReadOnlyList<QualityLine> QualityLines(string directory)
    {
        if (!Directory.Exists(directory)) return [];
        var lines = new List<QualityLine>();
        foreach (var path in Directory.GetFiles(directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            var reasons = root.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("reason").GetString() ?? "")
                .GroupBy(r => r, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(MainReasonCount).Select(g => g.Key).ToList();
            lines.Add(new QualityLine(root.GetProperty("file").GetString() ?? "", root.GetProperty("rows_read").GetInt32(),
                root.GetProperty("accepted").GetInt32(), root.GetProperty("quarantined").GetInt32(), reasons));
        }
        return lines;
    }
}
