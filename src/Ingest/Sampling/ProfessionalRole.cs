namespace Vacances.Ingest.Sampling;

/// <summary>
/// A professional profile of the operation (seed 000, « Une centaine de professionnels mobilisés des profils variés »):
/// its code in <c>professionals.csv</c>, its share of the professionals, how much of the season it spends with partants
/// (relative direct hours) and how its total involvement compares with its direct hours.
/// </summary>
internal sealed record ProfessionalRole(string Code, string Label, double Share, double DirectFactor, double TotalRatio, bool Accompanies)
{
    public static readonly IReadOnlyList<ProfessionalRole> All =
    [
        new("travailleur_social", "Travailleur social", 0.30, 1.2, 1.6, true),
        new("agent_ccas", "Agent de CCAS", 0.22, 1.1, 1.6, true),
        new("referent_famille", "Référent famille", 0.18, 1.1, 1.6, true),
        new("animateur", "Animateur", 0.16, 0.9, 1.7, true),
        new("directeur_chef_service", "Directeur ou chef de service", 0.08, 0.4, 3.5, false),
        new("elu", "Élu", 0.06, 0.2, 5.0, false),
    ];
}
