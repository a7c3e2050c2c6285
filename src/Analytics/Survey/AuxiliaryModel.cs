using System.Globalization;

namespace Vacances.Analytics.Survey;

/// <summary>
/// The calibration model matrix of R's <c>calibrate(design, ~v1 + v2, population)</c>, stored sparsely: an
/// intercept (population total N) plus one indicator column per category of each variable except its first
/// (treatment contrasts). Each respondent row has at most one active column per variable, so the row is kept
/// as the list of its active column indices — O(n · variables) memory, no n × p dense matrix.
/// </summary>
internal sealed class AuxiliaryModel
{
    private readonly int[] active;

    private AuxiliaryModel(int rows, int width, int[] active, double[] totals)
    {
        Rows = rows;
        Width = width;
        this.active = active;
        Totals = totals;
    }

    public int Rows { get; }

    /// <summary>Slots per row: 1 (intercept) + number of variables; unused slots hold −1.</summary>
    public int Width { get; }

    /// <summary>Number of columns p.</summary>
    public int ColumnCount => Totals.Length;

    /// <summary>Population total of each column (N for the intercept, the category count otherwise).</summary>
    public double[] Totals { get; }

    /// <summary>Active column indices of row <paramref name="row"/> (−1 padded).</summary>
    public ReadOnlySpan<int> ActiveColumns(int row) => active.AsSpan(row * Width, Width);

    /// <summary>x_i · v for the 0/1 row x_i.</summary>
    public double Dot(int row, double[] vector)
    {
        var sum = 0.0;
        foreach (var column in ActiveColumns(row))
            if (column >= 0) sum += vector[column];
        return sum;
    }

    /// <summary>
    /// Builds the model for the respondents' values of the calibration variables.
    /// </summary>
    /// <param name="values">Per variable, the respondents' categories (null when missing).</param>
    /// <exception cref="SurveyEstimationException">
    /// A respondent without a value or with a category the margins do not list; a margin category with a positive
    /// count and no respondent (raking could never reach it), or with respondents and a zero count.
    /// </exception>
    public static AuxiliaryModel Build(IReadOnlyList<string> variables, IReadOnlyList<IReadOnlyList<string?>> values, PopulationMargins margins)
    {
        var rows = values.Count == 0 ? 0 : values[0].Count;
        var width = 1 + variables.Count;
        var active = new int[rows * width];
        Array.Fill(active, -1);
        for (var i = 0; i < rows; i++) active[i * width] = 0;
        var totals = new List<double> { margins.Total };
        for (var v = 0; v < variables.Count; v++)
        {
            var categories = margins.Of(variables[v]);
            var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var k = 0; k < categories.Count; k++) index[categories[k].Category] = k;
            var codes = new int[rows];
            var respondents = new int[categories.Count];
            for (var i = 0; i < rows; i++)
            {
                var value = values[v][i]?.Trim();
                if (string.IsNullOrEmpty(value))
                    throw new SurveyEstimationException($"le répondant n° {i + 1} n'a pas de valeur pour la variable de calage « {variables[v]} ».");
                if (!index.TryGetValue(value, out var k))
                    throw new SurveyEstimationException(
                        $"la catégorie « {value} » de la variable de calage « {variables[v]} » (répondant n° {i + 1}) n'a pas de marge de population.");
                codes[i] = k;
                respondents[k]++;
            }
            var column = new int[categories.Count];
            var reference = true;
            for (var k = 0; k < categories.Count; k++)
            {
                var count = categories[k].Count;
                if (count > 0 && respondents[k] == 0)
                    throw new SurveyEstimationException(
                        $"la catégorie « {categories[k].Category} » de la variable de calage « {variables[v]} » compte {Format(count)} personnes dans la population mais aucun répondant : le calage est impossible ; regroupez-la avec une catégorie voisine.");
                if (count == 0 && respondents[k] > 0)
                    throw new SurveyEstimationException(
                        $"la catégorie « {categories[k].Category} » de la variable de calage « {variables[v]} » a {respondents[k]} répondants mais un effectif de population nul : le calage est impossible.");
                if (respondents[k] == 0) column[k] = -1;
                else if (reference) { column[k] = -1; reference = false; }
                else { column[k] = totals.Count; totals.Add(count); }
            }
            for (var i = 0; i < rows; i++) active[i * width + 1 + v] = column[codes[i]];
        }
        return new AuxiliaryModel(rows, width, active, [.. totals]);
    }

    /// <summary>Σ_i c_i x_i x_iᵀ, p × p.</summary>
    public double[,] WeightedCrossProduct(Func<int, double> coefficient)
    {
        var p = ColumnCount;
        var result = new double[p, p];
        for (var i = 0; i < Rows; i++)
        {
            var c = coefficient(i);
            if (c == 0) continue;
            var columns = ActiveColumns(i);
            foreach (var a in columns)
            {
                if (a < 0) continue;
                foreach (var b in columns)
                    if (b >= 0) result[a, b] += c;
            }
        }
        return result;
    }

    /// <summary>Σ_i c_i x_i, length p.</summary>
    public double[] WeightedSum(Func<int, double> coefficient)
    {
        var result = new double[ColumnCount];
        for (var i = 0; i < Rows; i++)
        {
            var c = coefficient(i);
            if (c == 0) continue;
            foreach (var a in ActiveColumns(i))
                if (a >= 0) result[a] += c;
        }
        return result;
    }

    private static string Format(double value) => value.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"));
}
