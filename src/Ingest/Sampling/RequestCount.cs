namespace Vacances.Ingest.Sampling;

/// <summary>How many requests of a kind an operation of a given size carries: proportional, at least three when any.</summary>
internal static class RequestCount
{
    public static int For(long dossiers, double perDossier) =>
        perDossier <= 0 ? 0 : (int)Math.Max(3, Math.Round(dossiers * perDossier));
}
