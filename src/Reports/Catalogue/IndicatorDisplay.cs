using Vacances.Analytics.Indicators;
using Vacances.Reports.Components;
using Vacances.Reports.Formatting;

namespace Vacances.Reports.Catalogue;

/// <summary>How an indicator value is written in a report: in its unit, the French way, or as the suppressed marker.</summary>
public static class IndicatorDisplay
{
    /// <summary>The value as text (« 9 300 », « 37 % »); the suppressed marker when hidden; « — » when undefined.</summary>
    public static string Text(IndicatorDefinition definition, IndicatorValue value) =>
        value.Suppressed ? SuppressedMarker.Symbol : value.Value is { } v ? FrenchFormat.InUnit(v, definition.Unit) : "—";

    /// <summary>A table cell for the value.</summary>
    public static TableCell Cell(IndicatorDefinition definition, IndicatorValue? value, bool strong = false) =>
        value is null ? new TableCell("—", Strong: strong)
        : value.Suppressed ? TableCell.Hidden
        : new TableCell(Text(definition, value), Strong: strong);

    /// <summary>« 3 440 / 9 300 » for a ratio, empty for a count or a sum.</summary>
    public static string Fraction(IndicatorValue value) =>
        value.Denominator is { } d && !value.Suppressed ? FrenchFormat.Integer(value.Numerator) + " / " + FrenchFormat.Integer(d) : string.Empty;

    /// <summary>The value as a number for a chart, 0 when hidden or undefined.</summary>
    public static double ChartValue(IndicatorValue value) => value.Suppressed || value.Value is null ? 0 : (double)value.Value.Value;

    /// <summary>A tick formatter in the indicator's unit.</summary>
    public static Func<double, string> TickFormat(IndicatorDefinition definition) =>
        v => FrenchFormat.InUnit((decimal)Math.Round(v, 6), definition.Unit);

    /// <summary>« Nombre », « Part (%) », « Montant (€) »… for an axis.</summary>
    public static string AxisLabel(IndicatorDefinition definition) => definition.Label + definition.Unit switch
    {
        "%" => " (%)",
        "€" => " (€)",
        "h" => " (heures)",
        "‰" => " (‰)",
        _ => string.Empty,
    };
}
