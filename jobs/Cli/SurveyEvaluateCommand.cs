using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Vacances.Analytics.Verbatims;
using Vacances.Ingest.Errors;

namespace Vacances.Jobs.Cli;

/// <summary>
/// <c>vacances survey evaluate [--corpus F] [--holdout F] [--metrics-out F]</c>: the verbatim classifier's quality report
/// (issue 5 item 4) in Markdown — 5-fold stratified cross-validated macro-F1 of every trainer of
/// <see cref="VerbatimTrainer"/> and of the <see cref="KeywordBaseline"/> on the same folds, the confusion matrix
/// of the default trainer, its macro-F1 on a held-out file never used for training, and training times.
/// With <c>--metrics-out</c>, only the default trainer's and the baseline's cross-validation are run and written as
/// <see cref="ClassifierQuality"/> JSON (the bilan's committed <c>data-samples/verbatims/metrics.json</c>).
/// The figures of <c>benchmarks/RESULTS.md</c> (« Verbatim classifier ») come from this command.
/// </summary>
public static class SurveyEvaluateCommand
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static Command Create()
    {
        var corpusOption = new Option<FileInfo?>("--corpus") { Description = "Corpus étiqueté (id;text;register) ; par défaut le corpus livré." };
        var holdoutOption = new Option<FileInfo?>("--holdout") { Description = "Réponses étiquetées tenues à l'écart de l'entraînement (id;text;register)." };
        var metricsOption = new Option<FileInfo?>("--metrics-out")
        {
            Description = "Écrit seulement la qualité du modèle par défaut et de la référence (JSON, celle que cite le bilan, ex. data-samples/verbatims/metrics.json).",
        };
        var command = new Command("evaluate", "Évalue le classement des verbatims : validation croisée, référence par mots-clés, jeu tenu à l'écart.");
        command.Options.Add(corpusOption);
        command.Options.Add(holdoutOption);
        command.Options.Add(metricsOption);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var corpus = parse.GetValue(corpusOption) is { } c ? ReadLabelled(c) : VerbatimCorpus.Training;
            var holdout = parse.GetValue(holdoutOption) is { } h ? ReadLabelled(h) : null;
            if (parse.GetValue(metricsOption) is { } metrics)
            {
                var quality = ClassifierQuality.Evaluate(corpus);
                OperationAnalysis.WriteFile(metrics.FullName, w => w.Write(quality.ToJson()));
                output.WriteLine($"Macro-F1 (VC) {F(quality.MacroF1)}, référence {F(quality.BaselineMacroF1)} : écrit dans {metrics.FullName}.");
                return ExitCodes.Success;
            }
            output.WriteLine($"Corpus : {corpus.Count} réponses ; validation croisée stratifiée à {CrossValidation.DefaultFolds} plis (graine {VerbatimClassifier.Seed}).");
            output.WriteLine();
            output.WriteLine("| modèle | macro-F1 (VC) | plis min–max | exactitude | durée VC (s) |");
            output.WriteLine("|---|---|---|---|---|");
            CrossValidationResult? best = null;
            foreach (var trainer in Enum.GetValues<VerbatimTrainer>())
            {
                var watch = Stopwatch.StartNew();
                var result = CrossValidation.Run(corpus, part => VerbatimClassifier.Train(part, trainer));
                Row(output, trainer.ToString(), result, watch.Elapsed);
                if (trainer == VerbatimClassifier.DefaultTrainer) best = result;
            }
            var baselineWatch = Stopwatch.StartNew();
            var baseline = CrossValidation.Run(corpus, _ => new KeywordBaseline());
            Row(output, "Référence mots-clés", baseline, baselineWatch.Elapsed);
            output.WriteLine();
            output.WriteLine($"Écart modèle par défaut ({VerbatimClassifier.DefaultTrainer}) − référence : {Points(best!.Pooled.MacroF1 - baseline.Pooled.MacroF1)} points de macro-F1.");
            output.WriteLine();
            output.WriteLine($"Matrice de confusion du modèle par défaut (VC, lignes = registre réel, colonnes = prédit) :");
            output.WriteLine();
            Confusion(output, best.Pooled);
            var trainWatch = Stopwatch.StartNew();
            var model = VerbatimClassifier.Train(corpus, VerbatimClassifier.DefaultTrainer);
            output.WriteLine();
            output.WriteLine($"Entraînement du modèle par défaut sur tout le corpus : {Seconds(trainWatch.Elapsed)} s.");
            if (holdout is null) return ExitCodes.Success;
            var truth = holdout.Select(v => v.Register).ToList();
            var texts = holdout.Select(v => v.Text).ToList();
            var modelReport = ClassificationReport.Compute(truth, model.Predict(texts).Select(p => p.Register).ToList());
            var baselineReport = ClassificationReport.Compute(truth, new KeywordBaseline().Predict(texts).Select(p => p.Register).ToList());
            output.WriteLine();
            output.WriteLine($"Jeu tenu à l'écart ({holdout.Count} réponses) : macro-F1 modèle {F(modelReport.MacroF1)}, référence {F(baselineReport.MacroF1)}.");
            output.WriteLine();
            Confusion(output, modelReport);
            return ExitCodes.Success;
        });
        return command;
    }

    private static IReadOnlyList<LabelledVerbatim> ReadLabelled(FileInfo file)
    {
        if (!file.Exists) throw new InvalidInputException(file.FullName, null, null, "fichier introuvable.");
        try
        {
            using var reader = new StreamReader(file.FullName);
            return VerbatimCorpus.Parse(reader);
        }
        catch (FormatException e)
        {
            throw new InvalidInputException(file.FullName, null, null, e.Message);
        }
    }

    private static void Row(TextWriter output, string name, CrossValidationResult result, TimeSpan elapsed) =>
        output.WriteLine($"| {name} | {F(result.Pooled.MacroF1)} | {F(result.FoldMacroF1.Min())}–{F(result.FoldMacroF1.Max())} | {F(result.Pooled.Accuracy)} | {Seconds(elapsed)} |");

    private static void Confusion(TextWriter output, ClassificationReport report)
    {
        output.WriteLine("| réel \\ prédit | " + string.Join(" | ", report.Registers) + " | F1 |");
        output.WriteLine("|---" + string.Concat(Enumerable.Repeat("|---", report.Registers.Count)) + "|---|");
        for (var i = 0; i < report.Registers.Count; i++)
        {
            var cells = Enumerable.Range(0, report.Registers.Count).Select(j => report.Confusion[i, j].ToString(CultureInfo.InvariantCulture));
            output.WriteLine($"| {report.Registers[i]} | {string.Join(" | ", cells)} | {F(report.F1[i])} |");
        }
    }

    private static string F(double value) => value.ToString("0.000", French);

    private static string Points(double delta) => (100 * delta).ToString("0.0", French);

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", French);
}
