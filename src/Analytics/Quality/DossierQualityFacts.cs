using Vacances.Ingest.Model;

namespace Vacances.Analytics.Quality;

/// <summary>A dossier as the quality rules see it.</summary>
/// <param name="RecordedAidsEur">Σ of its grants in <c>aids.csv</c>, null when it has none.</param>
public sealed record DossierQualityFacts(Dossier Dossier, int Participants, decimal? RecordedAidsEur);
