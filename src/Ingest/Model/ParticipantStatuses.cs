namespace Vacances.Ingest.Model;

/// <summary>
/// Situations a person may be in (DESIGN §3.2 <c>statuses</c>, a <c>|</c>-separated list); several may hold at once.
/// They open rights in the ANCV programmes (seed 003, « Départ 18:25 » and « Seniors en vacances »).
/// </summary>
[Flags]
public enum ParticipantStatuses
{
    None = 0,
    Apprentissage = 1 << 0,
    ContratPro = 1 << 1,
    Boursier = 1 << 2,
    CuiCae = 1 << 3,
    CuiCie = 1 << 4,
    Cej = 1 << 5,
    Pacea = 1 << 6,
    E2c = 1 << 7,
    Ase = 1 << 8,
    ServiceCivique = 1 << 9,
    ProcheAidant = 1 << 10,
}
