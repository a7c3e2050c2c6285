using ScottPlot;
using ScottPlot.TickGenerators;

namespace Vacances.Reports.Charts;

/// <summary>
/// Bar charts with ScottPlot 5. Categories with long names (communes, PCS, dispositifs) are drawn as horizontal bars,
/// one per line, so that no tick label can overlap another; short ordered categories (months) as columns. Every bar
/// carries its French-formatted value; the value axis is French-formatted too.
/// </summary>
public static class BarChart
{
    private const double BarSize = 0.72;

    /// <summary>Horizontal bars, first bar at the top. Height grows with the number of bars.</summary>
    public static string Horizontal(string chartKey, IReadOnlyList<ChartBar> bars, string valueAxisLabel, Func<double, string> tickFormat)
    {
        var plot = ChartTheme.NewPlot();
        var n = bars.Count;
        var positions = new double[n];
        var labels = new string[n];
        for (var i = 0; i < n; i++)
        {
            positions[i] = n - 1 - i;
            labels[i] = ChartTheme.Wrap(bars[i].Label, 26);
        }
        AddBars(plot, bars, positions).Horizontal = true;
        plot.Axes.Left.TickGenerator = new NumericManual(positions, labels);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = ValueTicks(tickFormat);
        plot.Axes.Bottom.Label.Text = valueAxisLabel;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        var max = bars.Count == 0 ? 1 : Math.Max(bars.Max(b => b.Value), 1e-9);
        plot.Axes.SetLimits(0, max * 1.2, -0.6, n - 0.4);
        var maxLines = labels.Length == 0 ? 1 : labels.Max(l => l.Count(c => c == '\n') + 1);
        var height = 70 + Math.Max(19, 15 * maxLines + 6) * Math.Max(n, 3);
        return ChartTheme.ToSvg(plot, chartKey, height);
    }

    /// <summary>Columns in the given order (months…); labels are tilted when they would not fit side by side.</summary>
    public static string Vertical(string chartKey, IReadOnlyList<ChartBar> bars, string valueAxisLabel, Func<double, string> tickFormat)
    {
        var plot = ChartTheme.NewPlot();
        var n = bars.Count;
        var positions = new double[n];
        var labels = new string[n];
        for (var i = 0; i < n; i++)
        {
            positions[i] = i;
            labels[i] = bars[i].Label;
        }
        AddBars(plot, bars, positions);
        plot.Axes.Bottom.TickGenerator = new NumericManual(positions, labels);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        var widest = labels.Length == 0 ? 0 : labels.Max(l => l.Length);
        var slot = (ChartTheme.Width - 90) / (double)Math.Max(n, 1);
        if (widest * 7.5 > slot * 0.95)
        {
            plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        }
        plot.Axes.Left.TickGenerator = ValueTicks(tickFormat);
        plot.Axes.Left.Label.Text = valueAxisLabel;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        var max = bars.Count == 0 ? 1 : Math.Max(bars.Max(b => b.Value), 1e-9);
        plot.Axes.SetLimits(-0.6, n - 0.4, 0, max * 1.15);
        return ChartTheme.ToSvg(plot, chartKey, 300);
    }

    /// <summary>Automatic value ticks labelled the French way, whole numbers only when the data are counts.</summary>
    internal static NumericAutomatic ValueTicks(Func<double, string> format) => new()
    {
        LabelFormatter = format,
        TargetTickCount = 6,
    };

    /// <summary>One bar per category at the given positions, with its French value label.</summary>
    private static ScottPlot.Plottables.BarPlot AddBars(Plot plot, IReadOnlyList<ChartBar> bars, double[] positions)
    {
        var items = new List<Bar>(bars.Count);
        for (var i = 0; i < bars.Count; i++)
            items.Add(new Bar
            {
                Position = positions[i],
                Value = bars[i].Value,
                ValueLabel = bars[i].ValueLabel,
                FillColor = ChartTheme.Primary,
                LineWidth = 0,
                Size = BarSize,
            });
        var barPlot = plot.Add.Bars(items);
        barPlot.ValueLabelStyle.FontSize = 11;
        barPlot.ValueLabelStyle.FontName = ChartTheme.FontName;
        return barPlot;
    }
}
