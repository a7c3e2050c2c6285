using Vacances.Ingest.Model;

namespace Vacances.Ingest.Sampling;

/// <summary>One generated dossier with its participants, written then forgotten (the generator streams).</summary>
internal sealed record GeneratedDossier(Dossier Dossier, IReadOnlyList<Participant> Participants);
