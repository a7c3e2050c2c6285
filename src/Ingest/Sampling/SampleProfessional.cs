namespace Vacances.Ingest.Sampling;

/// <summary>A generated professional and their hours month by month over the season (February to June).</summary>
internal sealed record SampleProfessional(string ProId, ProfessionalRole Role, string CommuneInsee, decimal[] Direct, decimal[] Total)
{
    public decimal SeasonDirect => Direct.Sum();

    public decimal SeasonTotal => Total.Sum();
}
