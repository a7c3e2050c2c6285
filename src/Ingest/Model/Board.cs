namespace Vacances.Ingest.Model;

/// <summary>Board included in the stay (DESIGN §3.1): <c>none</c>, <c>bb</c>, <c>half</c>, <c>full</c>.</summary>
public enum Board
{
    None,
    BedAndBreakfast,
    Half,
    Full,
}
