using System.Text;
using System.Text.Json;

namespace Vacances.Analytics.Verbatims;

/// <summary>
/// The cross-validated quality of the default verbatim classifier (DESIGN §7, issue 5 item 4), for the bilan's
/// methodology: 5-fold stratified cross-validation (seed <see cref="VerbatimClassifier.Seed"/>) of
/// <see cref="VerbatimClassifier.DefaultTrainer"/> and of <see cref="KeywordBaseline"/> on the same folds — the
/// figures <c>vacances survey evaluate</c> prints. Evaluating takes five trainings (tens of seconds), too slow for
/// each bilan: <see cref="Committed"/> is the evaluation of the shipped corpus stored in
/// <c>data-samples/verbatims/metrics.json</c> (written by <c>vacances survey evaluate --metrics-out</c>, checked
/// against a fresh <see cref="Evaluate"/> by a test), embedded in this assembly. Figures are rounded to 4 decimals.
/// </summary>
/// <param name="PerRegisterF1">Pooled out-of-fold F1 per register, in <see cref="VerbatimRegisters.All"/> order.</param>
public sealed record ClassifierQuality(
    int CorpusSize,
    int Folds,
    double MacroF1,
    double BaselineMacroF1,
    IReadOnlyList<KeyValuePair<string, double>> PerRegisterF1)
{
    private const string ResourceName = "Vacances.Analytics.Verbatims.metrics.json";

    private static readonly Lazy<ClassifierQuality> Embedded = new(() =>
    {
        using var stream = typeof(ClassifierQuality).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Ressource {ResourceName} absente de l'assemblage.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return FromJson(reader.ReadToEnd());
    });

    /// <summary>The committed evaluation of the shipped corpus (<c>data-samples/verbatims/metrics.json</c>).</summary>
    public static ClassifierQuality Committed => Embedded.Value;

    /// <summary>Cross-validates the default trainer and the keyword baseline on <paramref name="corpus"/> (same folds).</summary>
    public static ClassifierQuality Evaluate(IReadOnlyList<LabelledVerbatim> corpus)
    {
        var model = CrossValidation.Run(corpus, part => VerbatimClassifier.Train(part, VerbatimClassifier.DefaultTrainer)).Pooled;
        var baseline = CrossValidation.Run(corpus, _ => new KeywordBaseline()).Pooled;
        var perRegister = model.Registers.Select((r, i) => new KeyValuePair<string, double>(r, Round(model.F1[i]))).ToList();
        return new ClassifierQuality(corpus.Count, CrossValidation.DefaultFolds, Round(model.MacroF1), Round(baseline.MacroF1), perRegister);
    }

    /// <summary>Indented JSON, registers in order, <c>\n</c> line ends: same quality, same bytes.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteNumber("corpus_size", CorpusSize);
            json.WriteNumber("folds", Folds);
            json.WriteString("trainer", VerbatimClassifier.DefaultTrainer.ToString());
            json.WriteNumber("seed", VerbatimClassifier.Seed);
            json.WriteNumber("macro_f1", MacroF1);
            json.WriteNumber("baseline_macro_f1", BaselineMacroF1);
            json.WriteStartObject("f1");
            foreach (var (register, f1) in PerRegisterF1) json.WriteNumber(register, f1);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Reads what <see cref="ToJson"/> wrote.</summary>
    public static ClassifierQuality FromJson(string text)
    {
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        return new ClassifierQuality(root.GetProperty("corpus_size").GetInt32(), root.GetProperty("folds").GetInt32(),
            root.GetProperty("macro_f1").GetDouble(), root.GetProperty("baseline_macro_f1").GetDouble(),
            [.. root.GetProperty("f1").EnumerateObject().Select(p => new KeyValuePair<string, double>(p.Name, p.Value.GetDouble()))]);
    }

    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.ToEven);
}
