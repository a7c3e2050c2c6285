namespace Vacances.Ingest.Model;

/// <summary>
/// Role of a person in a dossier (DESIGN §3.2): <c>adult</c>, <c>child</c>, <c>companion_volunteer</c>,
/// <c>companion_salaried</c>, <c>professional_carer</c>, <c>young_companion</c>.
/// </summary>
public enum ParticipantRole
{
    Adult,
    Child,
    CompanionVolunteer,
    CompanionSalaried,
    ProfessionalCarer,
    YoungCompanion,
}
