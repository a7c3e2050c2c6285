using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility;

/// <summary>
/// Splits an operation into parts whose eligibility can be decided one after the other with the same results as one
/// pass over the whole operation. The rules link dossiers only through a person (I-09: one ANCV aid per person and
/// civil year; the AVE's nights per child and year, CAF 35 2023 §3.4) or a household (the AVF's and AVS's nights per
/// household and year, CAF 35 2023 §3.1 and §3.3): dossiers that share a participant id, a household id or a dossier
/// id (a duplicate) are linked, and linked dossiers always fall in the same part. Each part holds whole groups of
/// linked dossiers, in the order of their first dossier, up to a size (a group larger than that is a part of its own).
/// </summary>
internal static class IndependentParts
{
    /// <summary>The parts of <paramref name="data"/>: positions in its dossier and participant lists, ascending.</summary>
    public static IReadOnlyList<PartPlan> Split(OperationData data, int maxDossiers)
    {
        var dossiers = data.Dossiers;
        var participants = data.Participants;
        var links = new DossierLinks(dossiers.Count);
        var owner = new int[participants.Count];
        LinkDossiers(dossiers, participants, links, owner);

        // A group goes to a part when its first dossier is met; dossiers then fill their group's part in order.
        var groupSize = new int[dossiers.Count];
        for (var d = 0; d < dossiers.Count; d++) groupSize[links.Find(d)]++;
        var partOfGroup = groupSize; // reused: a group's size is read once, when its part is chosen
        var dossierCount = new List<int>();
        for (var d = 0; d < dossiers.Count; d++)
        {
            var group = links.Find(d);
            if (group != d) continue; // a group's root is its first dossier: every root is met before its members
            var size = groupSize[group];
            if (dossierCount.Count == 0 || (dossierCount[^1] > 0 && dossierCount[^1] + size > maxDossiers)) dossierCount.Add(0);
            dossierCount[^1] += size;
            partOfGroup[group] = dossierCount.Count - 1;
        }
        var partOf = new int[dossiers.Count];
        for (var d = 0; d < dossiers.Count; d++) partOf[d] = partOfGroup[links.Find(d)];
        return Fill(partOf, owner, dossierCount.Count);
    }

    private static void LinkDossiers(IReadOnlyList<Dossier> dossiers, IReadOnlyList<Participant> participants,
        DossierLinks links, int[] owner)
    {
        var byId = new PositionIndex(dossiers.Count, d => dossiers[d].DossierId);
        var byHousehold = new PositionIndex(dossiers.Count, d => dossiers[d].HouseholdId!);
        for (var d = 0; d < dossiers.Count; d++)
        {
            if (byId.Add(d, dossiers[d].DossierId) is var same and >= 0) links.Union(d, same);
            if (dossiers[d].HouseholdId is { } household && byHousehold.Add(d, household) is var housemate and >= 0)
                links.Union(d, housemate);
        }
        ParticipantOwners.Find(byId.Find, participants, owner);
        var byPerson = new PositionIndex(participants.Count, p => participants[p].ParticipantId);
        for (var p = 0; p < participants.Count; p++)
            if (owner[p] >= 0 && byPerson.Add(p, participants[p].ParticipantId) is var earlier and >= 0)
                links.Union(owner[p], owner[earlier]);
    }

    private static PartPlan[] Fill(int[] partOf, int[] owner, int partCount)
    {
        var dossierCount = new int[partCount];
        var participantCount = new int[partCount];
        foreach (var part in partOf) dossierCount[part]++;
        foreach (var d in owner)
            if (d >= 0) participantCount[partOf[d]]++;
        var plans = new PartPlan[partCount];
        for (var k = 0; k < partCount; k++) plans[k] = new PartPlan(new int[dossierCount[k]], new int[participantCount[k]]);
        Array.Clear(dossierCount);
        Array.Clear(participantCount);
        for (var d = 0; d < partOf.Length; d++) plans[partOf[d]].Dossiers[dossierCount[partOf[d]]++] = d;
        for (var p = 0; p < owner.Length; p++)
            if (owner[p] >= 0) plans[partOf[owner[p]]].Participants[participantCount[partOf[owner[p]]]++] = p;
        return plans;
    }
}
