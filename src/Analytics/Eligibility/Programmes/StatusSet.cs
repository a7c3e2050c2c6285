using Vacances.Analytics.Rules;
using Vacances.Ingest.Model;

namespace Vacances.Analytics.Eligibility.Programmes;

/// <summary>Reads a parameter list of status codes into a <see cref="ParticipantStatuses"/> mask.</summary>
internal static class StatusSet
{
    public static ParticipantStatuses Parse(ProgrammeParameters p, string name, DateOnly day)
    {
        var mask = ParticipantStatuses.None;
        foreach (var code in p.Codes(name, day))
            mask |= CanonicalCodes.Status.TryParse(code, out var status)
                ? status
                : throw new ParameterFileException($"{p.Id} : statut inconnu « {code} » dans {name}.");
        return mask;
    }
}
