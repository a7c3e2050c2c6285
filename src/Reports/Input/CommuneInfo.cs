namespace Vacances.Reports.Input;

/// <summary>A commune of the territory with its COG name and population (the coverage denominators, DESIGN §5).</summary>
public sealed record CommuneInfo(string Insee, string Name, int Population);
