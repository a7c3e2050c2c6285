namespace Vacances.Ingest.Model;

/// <summary>An aid actually granted (DESIGN §3.3, <c>aids.csv</c>).</summary>
/// <param name="ParticipantId">Empty for a dossier-level aid.</param>
/// <param name="Funder">Funder code: <c>ancv</c>, <c>caf62</c>, <c>commune:62065</c>, <c>mecene:&lt;name&gt;</c>…</param>
public sealed record RecordedAid(string DossierId, string? ParticipantId, string Programme, string Funder, decimal AmountEur);
