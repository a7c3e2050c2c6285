namespace Vacances.Analytics.Verbatims;

/// <summary>
/// Quality of predicted registers against true ones: the confusion matrix (rows = true register, columns =
/// predicted, both in <see cref="VerbatimRegisters.All"/> order), per-register precision, recall and F1, their
/// unweighted mean (macro-F1, each register counting the same whatever its size) and accuracy.
/// A register never predicted has precision 0; one absent from the truth and never predicted has F1 0 too.
/// </summary>
public sealed record ClassificationReport(
    IReadOnlyList<string> Registers,
    int[,] Confusion,
    IReadOnlyList<double> Precision,
    IReadOnlyList<double> Recall,
    IReadOnlyList<double> F1,
    double MacroF1,
    double Accuracy)
{
    /// <summary>Number of answers evaluated.</summary>
    public int Count => Registers.Count == 0 ? 0 : Enumerable.Range(0, Registers.Count).Sum(i => RowTotal(i));

    /// <summary>Builds the report from aligned lists of true and predicted registers.</summary>
    public static ClassificationReport Compute(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        if (truth.Count != predicted.Count) throw new ArgumentException("Listes de longueurs différentes.", nameof(predicted));
        var registers = VerbatimRegisters.All;
        var k = registers.Count;
        var confusion = new int[k, k];
        for (var i = 0; i < truth.Count; i++)
            confusion[Index(registers, truth[i]), Index(registers, predicted[i])]++;

        var precision = new double[k];
        var recall = new double[k];
        var f1 = new double[k];
        var correct = 0;
        for (var c = 0; c < k; c++)
        {
            var tp = confusion[c, c];
            correct += tp;
            var predictedCount = 0;
            var trueCount = 0;
            for (var j = 0; j < k; j++)
            {
                predictedCount += confusion[j, c];
                trueCount += confusion[c, j];
            }
            precision[c] = predictedCount == 0 ? 0 : (double)tp / predictedCount;
            recall[c] = trueCount == 0 ? 0 : (double)tp / trueCount;
            f1[c] = precision[c] + recall[c] == 0 ? 0 : 2 * precision[c] * recall[c] / (precision[c] + recall[c]);
        }
        var accuracy = truth.Count == 0 ? 0 : (double)correct / truth.Count;
        return new ClassificationReport(registers, confusion, precision, recall, f1, f1.Average(), accuracy);
    }

    private int RowTotal(int row)
    {
        var total = 0;
        for (var j = 0; j < Registers.Count; j++) total += Confusion[row, j];
        return total;
    }

    private static int Index(IReadOnlyList<string> registers, string register)
    {
        for (var i = 0; i < registers.Count; i++)
            if (string.Equals(registers[i], register, StringComparison.Ordinal)) return i;
        throw new ArgumentException($"Registre inconnu « {register} ».", nameof(register));
    }
}
