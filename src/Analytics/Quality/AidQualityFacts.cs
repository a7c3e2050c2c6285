using Vacances.Ingest.Model;

namespace Vacances.Analytics.Quality;

/// <summary>A recorded grant as the quality rules see it.</summary>
public sealed record AidQualityFacts(RecordedAid Aid, bool DossierKnown);
