using Vacances.Reports.Rendering;

namespace Vacances.Reports.Components;

/// <summary>
/// The mark of a cell hidden by disclosure control (DESIGN §10: counts below the operation's small-cell threshold
/// are not published): a small « s », explained by <see cref="SuppressionLegend"/> under the table.
/// </summary>
public static class SuppressedMarker
{
    public const string Symbol = "s";

    public static void Write(HtmlWriter html) =>
        html.Raw("<span class=\"suppressed\" title=\"Cellule masquée (secret statistique)\">").Text(Symbol).Raw("</span>");
}
