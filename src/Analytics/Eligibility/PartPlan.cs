namespace Vacances.Analytics.Eligibility;

/// <summary>
/// One part of an operation decided on its own (<see cref="IndependentParts"/>): the positions of its dossiers in the
/// operation's dossier list and of their participants in its participant list, both ascending.
/// </summary>
internal sealed record PartPlan(int[] Dossiers, int[] Participants);
