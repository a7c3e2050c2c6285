namespace Vacances.Ingest.Model;

/// <summary>A funder of the operation (DESIGN §3.0).</summary>
/// <param name="Code">Funder code as used in <c>aids.csv</c> (<c>ancv</c>, <c>caf62</c>, <c>commune:62065</c>…).</param>
/// <param name="Kind">e.g. <c>national</c>, <c>caf</c>, <c>departement</c>, <c>region</c>, <c>epci</c>, <c>commune</c>, <c>fondation</c>, <c>mecene</c>.</param>
public sealed record FunderInfo(string Code, string Name, string Kind);
