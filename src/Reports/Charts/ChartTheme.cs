using ScottPlot;

namespace Vacances.Reports.Charts;

/// <summary>
/// The look shared by every ScottPlot chart of the reports: DejaVu Sans (the fonts Chromium embeds in the PDF),
/// type sizes that stay readable once the SVG is scaled to the A4 text width (a 680-unit wide chart is printed
/// about 176 mm wide, so 12 units ≈ 8.8 pt), light grid, no frame on the top and right.
/// </summary>
public static class ChartTheme
{
    /// <summary>Chart width in SVG units; the report scales it to the text column.</summary>
    public const int Width = 680;

    public const string FontName = "DejaVu Sans";

    public static readonly Color Primary = Color.FromHex("#0F4C5C");
    public static readonly Color Accent = Color.FromHex("#E36414");
    public static readonly Color Muted = Color.FromHex("#5A6A75");

    /// <summary>Categorical palette (funders, registers), colour-blind friendly order.</summary>
    public static readonly IReadOnlyList<string> Palette =
    [
        "#0F4C5C", "#E36414", "#5F8D4E", "#9A031E", "#6C4F9E", "#2A9D8F", "#B08900", "#7A6C5D", "#3D7EA6", "#C05780",
    ];

    /// <summary>A plot with the report's fonts, sizes and grid.</summary>
    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex("#1D2A33").WithAlpha(0.12);
        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            axis.TickLabelStyle.FontSize = 12;
            axis.TickLabelStyle.ForeColor = Color.FromHex("#1D2A33");
            axis.Label.FontSize = 12;
            axis.Label.Bold = false;
            axis.FrameLineStyle.Color = Color.FromHex("#8A9AA5");
        }
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        return plot;
    }

    /// <summary>Renders to normalized inline SVG (<see cref="SvgNormalizer"/>).</summary>
    public static string ToSvg(Plot plot, string chartKey, int height) =>
        SvgNormalizer.Normalize(plot.GetSvgXml(Width, height), chartKey, Width, height);

    /// <summary>Wraps a long label on word boundaries (and after hyphens) into lines of at most <paramref name="width"/> characters.</summary>
    public static string Wrap(string label, int width)
    {
        if (label.Length <= width) return label;
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in SplitKeepingHyphens(label))
        {
            if (current.Length > 0 && current.Length + word.Length > width)
            {
                lines.Add(current.TrimEnd());
                current = string.Empty;
            }
            current += word;
        }
        if (current.Length > 0) lines.Add(current.TrimEnd());
        return string.Join('\n', lines);
    }

    private static IEnumerable<string> SplitKeepingHyphens(string label)
    {
        var start = 0;
        for (var i = 0; i < label.Length; i++)
        {
            if (label[i] is ' ' or '-')
            {
                yield return label[start..(i + 1)];
                start = i + 1;
            }
        }
        if (start < label.Length) yield return label[start..];
    }
}
