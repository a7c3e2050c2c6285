using ScottPlot;
using ScottPlot.TickGenerators;
using Vacances.Reports.Formatting;

namespace Vacances.Reports.Charts;

/// <summary>
/// Survey proportions with their confidence intervals (DESIGN §6): one horizontal bar per outcome (0–100 %), the
/// interval drawn as an error bar (asymmetric: the logit interval), the estimate printed past the interval's end.
/// </summary>
public static class ConfidenceChart
{
    /// <summary>One outcome, all in percentage points.</summary>
    public sealed record Outcome(string Label, double Estimate, double CiLow, double CiHigh);

    public static string Render(string chartKey, IReadOnlyList<Outcome> outcomes, string levelText)
    {
        var plot = ChartTheme.NewPlot();
        var n = outcomes.Count;
        var positions = new double[n];
        var labels = new string[n];
        var bars = new List<Bar>(n);
        var xs = new double[n];
        var neg = new double[n];
        var pos = new double[n];
        var zeros = new double[n];
        for (var i = 0; i < n; i++)
        {
            var o = outcomes[i];
            positions[i] = n - 1 - i;
            labels[i] = ChartTheme.Wrap(o.Label, 30);
            bars.Add(new Bar { Position = positions[i], Value = o.Estimate, FillColor = ChartTheme.Primary.WithAlpha(0.85), LineWidth = 0, Size = 0.62 });
            xs[i] = o.Estimate;
            neg[i] = Math.Max(0, o.Estimate - o.CiLow);
            pos[i] = Math.Max(0, o.CiHigh - o.Estimate);
            var text = plot.Add.Text(FrenchFormat.Percent((decimal)o.Estimate), Math.Max(o.CiHigh, o.Estimate) + 1.5, positions[i]);
            text.LabelFontSize = 11;
            text.LabelFontName = ChartTheme.FontName;
            text.LabelAlignment = Alignment.MiddleLeft;
            text.LabelFontColor = Color.FromHex("#1D2A33");
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        var errors = new ScottPlot.Plottables.ErrorBar(xs, positions, pos, neg, zeros, zeros);
        plot.Add.Plottable(errors);
        errors.LineWidth = 1.5f;
        errors.CapSize = 6;
        errors.Color = ChartTheme.Accent;
        plot.Axes.Left.TickGenerator = new NumericManual(positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            [0, 20, 40, 60, 80, 100],
            [.. new[] { 0m, 20m, 40m, 60m, 80m, 100m }.Select(v => FrenchFormat.Percent(v))]);
        plot.Axes.Bottom.Label.Text = "Part estimée (pondérée), intervalle de confiance à " + levelText;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimits(0, 112, -0.6, n - 0.4);
        var maxLines = labels.Length == 0 ? 1 : labels.Max(l => l.Count(c => c == '\n') + 1);
        return ChartTheme.ToSvg(plot, chartKey, 80 + Math.Max(30, 16 * maxLines + 12) * Math.Max(n, 2));
    }
}
