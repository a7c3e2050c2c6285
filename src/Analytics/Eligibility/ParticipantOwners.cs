using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility;

/// <summary>Which dossier each participant belongs to, by position in the dossier list.</summary>
internal static class ParticipantOwners
{
    /// <summary>
    /// Writes into <paramref name="owner"/> the position of each participant's dossier (<paramref name="positionOf"/>
    /// its id: the first dossier with that id, or -1 when none has it). Participants come grouped by dossier: the previous look-up is reused for the
    /// same dossier id.
    /// </summary>
    public static void Find(Func<string, int> positionOf, IReadOnlyList<Participant> participants, Span<int> owner)
    {
        string? lastId = null;
        var lastOwner = -1;
        for (var p = 0; p < participants.Count; p++)
        {
            var dossierId = participants[p].DossierId;
            if (!string.Equals(dossierId, lastId, StringComparison.Ordinal))
            {
                lastOwner = positionOf(dossierId);
                lastId = dossierId;
            }
            owner[p] = lastOwner;
        }
    }
}
