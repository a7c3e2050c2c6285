namespace Vacances.Analytics.Referential;

/// <summary>A commune of the official COG with its population (the referential committed with the ingest).</summary>
/// <param name="Code">INSEE code, 5 characters.</param>
/// <param name="Epci">SIREN of the commune's EPCI, empty when none.</param>
/// <param name="Departement">Département code (<c>62</c>, <c>2A</c>, <c>974</c>).</param>
/// <param name="IsMunicipalArrondissement">True for an arrondissement of Paris, Lyon or Marseille, whose population
/// is already in its commune's.</param>
public sealed record CommunePopulation(
    string Code, string Name, long Population, string Epci, string Departement, bool IsMunicipalArrondissement);
