using System.Globalization;
using Vacances.Analytics.Flows;
using Vacances.Analytics.Indicators;
using Vacances.Analytics.Survey;
using Vacances.Ingest.Model;
using Vacances.Ingest.Referential;
using Vacances.Web.Sql;

namespace Vacances.Web.Data;

/// <summary>
/// Builds what a completed run publishes for the web (<see cref="OperationResults"/>, DESIGN §9) from the run's
/// data and computed indicator cells and flows. Pure: no I/O, same inputs → same results.
/// <para>Indicators: staff get the cells' values unsuppressed; funders and researchers get
/// <see cref="DisclosureControl.Apply"/> at the operation's small-cell threshold (DESIGN §10).</para>
/// <para>Researcher views (DESIGN §9, §10): the partants' and professionals' answers, keyed only by their survey
/// <c>response_id</c> (a survey-local number, never a dossier or person id; <c>pro_id</c> is dropped), with the
/// quasi-identifiers coarsened: <c>commune_insee</c> becomes <c>groupe_communes</c> — the commune's name when at
/// least threshold respondents of that table live there, « autres » otherwise —, an <c>age</c> column becomes a
/// ten-year <c>tranche_age</c>, and free text (the <c>verbatim</c> column and every codebook question of type
/// <c>text</c>) is left out.</para>
/// <para>Margins (DESIGN §6): <see cref="OperationMargins.FromDepartures"/>, with the commune margin regrouped into
/// the partants' <c>groupe_communes</c> so that published answers calibrate on both published variables.</para>
/// </summary>
public static class OperationResultsBuilder
{
    public const string CommuneGroup = "groupe_communes";
    public const string OtherCommunes = "autres";
    public const string AgeBand = "tranche_age";

    private static readonly string[] DroppedColumns = ["verbatim", "pro_id"];

    public static OperationResults Build(OperationData data, IReadOnlyList<IndicatorCell> cells, IReadOnlyList<AidFlow> flows, CommuneReferential communes)
    {
        var threshold = data.Config.SmallCellThreshold;
        var freeText = (data.Survey?.Codebook ?? []).Where(q => q.Type == "text").Select(q => q.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var empty = new SurveyTable(["response_id"], []);
        var partants = data.Survey?.Partants ?? empty;
        var partantGroups = CommuneGroups(partants, threshold, communes);
        return new OperationResults(
            data.Config.Id,
            data.Config.Name,
            SurveySection.Catalogue.Definitions,
            [.. cells.Select(c => c.Value)],
            DisclosureControl.Apply(cells, threshold),
            flows,
            Coarsen("reponses_partants", partants, partantGroups, freeText),
            Coarsen("reponses_professionnels", data.Survey?.Professionnels ?? empty,
                CommuneGroups(data.Survey?.Professionnels ?? empty, threshold, communes), freeText),
            Margins(data, partantGroups));
    }

    /// <summary>Commune code → published group: the commune's name when ≥ threshold respondents, else « autres ».</summary>
    private static Func<string?, string?> CommuneGroups(SurveyTable table, int threshold, CommuneReferential communes)
    {
        var column = table.IndexOf(OperationMargins.Commune);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (column >= 0)
            foreach (var row in table.Rows)
                if (row[column] is { Length: > 0 } code) counts[code] = counts.GetValueOrDefault(code) + 1;
        return code => code is not { Length: > 0 } ? null
            : counts.GetValueOrDefault(code) >= threshold ? communes.NameOf(code) : OtherCommunes;
    }

    private static ResearcherView Coarsen(string name, SurveyTable table, Func<string?, string?> group, HashSet<string> freeText)
    {
        var kept = new List<(string Column, Func<string?[], string?> Cell)>();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var index = i;
            var column = table.Columns[i];
            if (DroppedColumns.Contains(column, StringComparer.OrdinalIgnoreCase) || freeText.Contains(column)) continue;
            if (string.Equals(column, OperationMargins.Commune, StringComparison.OrdinalIgnoreCase))
                kept.Add((CommuneGroup, row => group(row[index])));
            else if (string.Equals(column, "age", StringComparison.OrdinalIgnoreCase))
                kept.Add((AgeBand, row => Band(row[index])));
            else
                kept.Add((column, row => row[index]));
        }
        return new ResearcherView(name, [.. kept.Select(k => k.Column)],
            [.. table.Rows.Select(row => kept.Select(k => k.Cell(row)).ToArray())]);
    }

    /// <summary>Ten-year band (« 30-39 ») of an age in years; unreadable ages are left empty.</summary>
    private static string? Band(string? age)
    {
        if (!int.TryParse(age, NumberStyles.Integer, CultureInfo.InvariantCulture, out var years) || years < 0) return null;
        var low = years / 10 * 10;
        return $"{low}-{low + 9}";
    }

    private static IReadOnlyList<MarginRow> Margins(OperationData data, Func<string?, string?> group)
    {
        if (data.Participants.Count == 0 || data.Dossiers.Count == 0) return [];
        var margins = OperationMargins.FromDepartures(data);
        var rows = margins.Of(OperationMargins.Dispositif).Select(m => new MarginRow(m.Variable, m.Category, (decimal)m.Count)).ToList();
        var grouped = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var m in margins.Of(OperationMargins.Commune))
        {
            var name = group(m.Category) ?? OtherCommunes;
            if (!grouped.ContainsKey(name)) order.Add(name);
            grouped[name] = grouped.GetValueOrDefault(name) + (decimal)m.Count;
        }
        rows.AddRange(order.Select(g => new MarginRow(CommuneGroup, g, grouped[g])));
        return rows;
    }
}
