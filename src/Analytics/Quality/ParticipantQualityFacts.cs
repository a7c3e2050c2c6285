using Vacances.Ingest.Model;

namespace Vacances.Analytics.Quality;

/// <summary>A participant as the quality rules see it.</summary>
/// <param name="Age">Age on the stay's first day (I-02), null when neither birth date nor age is known or the dossier is unknown.</param>
public sealed record ParticipantQualityFacts(Participant Participant, int? Age);
