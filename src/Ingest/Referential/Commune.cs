namespace Vacances.Ingest.Referential;

/// <summary>A commune (or municipal arrondissement) of the official COG (<c>Referential/communes.csv</c>).</summary>
/// <param name="Code">INSEE code, 5 characters (<c>62065</c>, <c>2A004</c>).</param>
/// <param name="Population">INSEE municipal population, null when the source gives none.</param>
/// <param name="Epci">SIREN of the EPCI the commune belongs to, empty when none (arrondissements, islands).</param>
/// <param name="Type"><c>commune-actuelle</c> or <c>arrondissement-municipal</c>.</param>
public sealed record Commune(string Code, string Name, int? Population, string Epci, string Departement, string Type);
