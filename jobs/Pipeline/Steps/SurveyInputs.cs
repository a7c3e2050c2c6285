using System.Globalization;
using Sylvan.Data.Csv;
using Vacances.Analytics.Survey;
using Vacances.Analytics.Verbatims;
using Vacances.Ingest.Model;
using Vacances.Reports.Input;

namespace Vacances.Jobs.Pipeline.Steps;

/// <summary>
/// The survey parts of the bilan's input (DESIGN §6, §7, §8): the weighted estimates behind the <c>enquete</c>
/// indicators (their CIs, n and design effect), how the partants were weighted, the classified verbatims (read back
/// from the survey step's <c>survey/verbatims.csv</c> and joined to their text by id) and the classifier's committed
/// cross-validated quality (<see cref="ClassifierQuality.Committed"/>).
/// </summary>
public static class SurveyInputs
{
    /// <summary>Every share estimate (overall and per domain) as a <see cref="SurveyOutcome"/>; means have no proportion and are left to the catalogue value.</summary>
    public static IReadOnlyList<SurveyOutcome> Outcomes(SurveyIndicatorResults results) =>
        [.. results.Estimates.Where(e => e.Proportion is not null)
            .Select(e => new SurveyOutcome(e.IndicatorId, e.Proportion!, e.Dimension, e.Category))];

    /// <summary>
    /// The partants' design: respondents, the margins' total (N of the finite-population correction), the raking
    /// variables (those of <see cref="SurveyIndicators"/>: dispositif and commune group when the answers carry them;
    /// none when calibration failed), and the professionals who answered. Null without survey or estimate.
    /// </summary>
    public static SurveyDesign? Design(OperationData data, SurveyIndicatorResults results)
    {
        if (data.Survey is not { } survey || results.Estimates.Count == 0) return null;
        var margins = OperationMargins.FromDepartures(data);
        IReadOnlyList<string> variables = results.PartantsCalibrated
            ? [.. new[] { (OperationMargins.Dispositif, "le dispositif"), (OperationMargins.Commune, "le groupe de communes") }
                .Where(v => survey.Partants.IndexOf(v.Item1) >= 0 && margins.Variables.Contains(v.Item1, StringComparer.OrdinalIgnoreCase))
                .Select(v => v.Item2)]
            : [];
        var level = results.Estimates[0].Proportion?.Level ?? results.Estimates[0].Mean!.Level;
        return new SurveyDesign(survey.Partants.Rows.Count, (int)Math.Round(margins.Total), variables, level, survey.Professionnels.Rows.Count);
    }

    /// <summary>The classifier's quality in the reports' shape, registers in canonical order.</summary>
    public static ClassifierMetrics Metrics(ClassifierQuality quality) =>
        new(quality.CorpusSize, quality.Folds, quality.MacroF1, quality.BaselineMacroF1, quality.PerRegisterF1);

    /// <summary>
    /// Reads <c>id;register;confidence</c> (<see cref="VerbatimCsv.Write"/>) and gives each line the text of the
    /// answer with that id; an id no longer among the answers is dropped. Missing file: no verbatim.
    /// </summary>
    public static IReadOnlyList<ClassifiedVerbatim> ReadClassified(string path, IReadOnlyList<VerbatimAnswer> answers)
    {
        if (!File.Exists(path)) return [];
        var texts = answers.ToDictionary(a => a.Id, a => a.Text, StringComparer.Ordinal);
        using var csv = CsvDataReader.Create(path, new CsvDataReaderOptions { Delimiter = ';', HasHeaders = true });
        var classified = new List<ClassifiedVerbatim>();
        while (csv.Read())
        {
            var id = csv.GetString(0);
            if (!texts.TryGetValue(id, out var text)) continue;
            classified.Add(new ClassifiedVerbatim(id, text, csv.GetString(1),
                float.Parse(csv.GetString(2), NumberStyles.Float, CultureInfo.InvariantCulture)));
        }
        return classified;
    }
}
