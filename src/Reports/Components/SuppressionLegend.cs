using Vacances.Reports.Formatting;

namespace Vacances.Reports.Components;

/// <summary>The sentence that explains <see cref="SuppressedMarker"/> under a table or chart.</summary>
public static class SuppressionLegend
{
    /// <summary>« s : cellule masquée (moins de 11 personnes) … » for the operation's threshold.</summary>
    public static string Text(int threshold) =>
        SuppressedMarker.Symbol + " : valeur masquée par le secret statistique (effectif inférieur à " +
        FrenchFormat.Integer(threshold) + ").";
}
