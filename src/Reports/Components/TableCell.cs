namespace Vacances.Reports.Components;

/// <summary>A cell of a <see cref="DataTable"/>: French-formatted text, or the suppressed-cell marker.</summary>
/// <param name="Suppressed">True when disclosure control hides the value (DESIGN §10): the marker is shown instead.</param>
/// <param name="Strong">True for a total row or a header-like cell.</param>
public sealed record TableCell(string Text, bool Suppressed = false, bool Strong = false)
{
    /// <summary>A cell hidden by disclosure control.</summary>
    public static TableCell Hidden { get; } = new(string.Empty, Suppressed: true);
}
